/// The hub's capacity exchange as a pure state machine: requests, offers, proposals and agreements, the
/// commands that move them, and what each tenant may see.
///
/// ```
/// request/offer ──propose──▶ proposal ──accept──▶ agreement ──deliveries──▶ completed
///        └───────────────acceptOffer (direct)────────▲
/// ```
/// ``handle(_:)`` checks a command in this order — the thing exists and the actor may see it (else
/// ``ExchangeError/notFound(_:id:)``), the actor may do this (``ExchangeError/notPermitted(_:id:tenant:command:)``),
/// the quoted version is current (``ExchangeError/staleVersion(_:id:expected:current:)``), the status allows it
/// (``ExchangeError/notAllowed(_:id:status:command:)``), then the command's own rules — and either applies the
/// whole command or, when it throws, changes nothing. Every change increments the version of each thing it
/// touches, so of two commands quoting the same version only the first can succeed: two regions racing to
/// accept the same offer get one agreement and one ``ExchangeError/staleVersion(_:id:expected:current:)``.
/// The hub serialises commands (one database transaction each); this type decides.
public struct CapacityExchange: Hashable, Sendable, Codable {
    /// All requests, in posting order.
    public internal(set) var requests: [CapacityRequest]
    /// All offers, in posting order.
    public internal(set) var offers: [CapacityOffer]
    /// All proposals, in the order they were made.
    public internal(set) var proposals: [CapacityProposal]
    /// All agreements, in the order they were made.
    public internal(set) var agreements: [CapacityAgreement]

    /// An empty exchange.
    public init() {
        requests = []
        offers = []
        proposals = []
        agreements = []
    }

    /// An exchange restored from storage.
    public init(
        requests: [CapacityRequest], offers: [CapacityOffer], proposals: [CapacityProposal],
        agreements: [CapacityAgreement]
    ) {
        self.requests = requests
        self.offers = offers
        self.proposals = proposals
        self.agreements = agreements
    }

    /// Applies `command` whole, or throws and changes nothing.
    ///
    /// - Returns: what changed, for the driver to persist and notify.
    public mutating func handle(_ command: ExchangeCommand) throws(ExchangeError) -> [ExchangeEffect] {
        try Self.validate(command.actor, command.timestamp)
        // Work on a copy so that a refusal halfway through a multi-step command leaves nothing changed.
        var next = self
        let effects: [ExchangeEffect]
        switch command.action {
        case .postRequest(let request): effects = try next.post(request, at: \.requests, command)
        case .postOffer(let offer): effects = try next.post(offer, at: \.offers, command)
        case let .withdrawRequest(id, version):
            effects = try next.end(
                id, at: \.requests, version, command, from: [.open, .partiallyMatched], to: .withdrawn)
        case let .closeRequest(id, version):
            effects = try next.end(
                id, at: \.requests, version, command, from: [.partiallyMatched, .matched], to: .closed)
        case let .withdrawOffer(id, version):
            effects = try next.end(
                id, at: \.offers, version, command, from: [.open, .partiallyMatched], to: .withdrawn)
        case let .closeOffer(id, version):
            effects = try next.end(
                id, at: \.offers, version, command, from: [.partiallyMatched, .matched], to: .closed)
        case .propose(let proposal): effects = try next.propose(proposal, command)
        case let .acceptProposal(id, version, agreement):
            effects = try next.acceptProposal(id, version, agreement: agreement, command)
        case let .declineProposal(id, version):
            effects = try next.closeProposal(id, version, to: .declined, command)
        case let .withdrawProposal(id, version):
            effects = try next.closeProposal(id, version, to: .withdrawn, command)
        case let .acceptOffer(id, version, count, period, request, agreement):
            effects = try next.acceptOffer(
                id, version, count: count, period: period, request: request, agreement: agreement, command)
        case let .recordDelivery(id, version, week, count):
            effects = try next.recordDelivery(id, version, week: week, count: count, command)
        case let .completeAgreement(id, version): effects = try next.completeAgreement(id, version, command)
        case let .cancelAgreement(id, version): effects = try next.cancelAgreement(id, version, command)
        }
        self = next
        return effects
    }

    // MARK: Reading, with visibility

    /// The requests `tenant` may see: its own, those whose radius reaches it, all for the agency.
    public func requests(visibleTo tenant: NetworkTenant) -> [CapacityRequest] {
        requests.filter { $0.isVisible(to: tenant) }
    }

    /// The offers `tenant` may see: its own, those whose radius reaches it, all for the agency.
    public func offers(visibleTo tenant: NetworkTenant) -> [CapacityOffer] {
        offers.filter { $0.isVisible(to: tenant) }
    }

    /// The proposals `tenant` may see: those it made or received, all for the agency.
    public func proposals(visibleTo tenant: NetworkTenant) -> [CapacityProposal] {
        proposals.filter { isVisible($0, to: tenant) }
    }

    /// The agreements `tenant` may see: those it is a party to, all for the agency.
    public func agreements(visibleTo tenant: NetworkTenant) -> [CapacityAgreement] {
        agreements.filter { $0.isVisible(to: tenant) }
    }

    /// The request `id` if `tenant` may see it.
    public func request(_ id: String, visibleTo tenant: NetworkTenant) -> CapacityRequest? {
        requests.first { $0.id == id && $0.isVisible(to: tenant) }
    }

    /// The offer `id` if `tenant` may see it.
    public func offer(_ id: String, visibleTo tenant: NetworkTenant) -> CapacityOffer? {
        offers.first { $0.id == id && $0.isVisible(to: tenant) }
    }

    /// The proposal `id` if `tenant` may see it.
    public func proposal(_ id: String, visibleTo tenant: NetworkTenant) -> CapacityProposal? {
        proposals.first { $0.id == id && isVisible($0, to: tenant) }
    }

    /// The agreement `id` if `tenant` may see it.
    public func agreement(_ id: String, visibleTo tenant: NetworkTenant) -> CapacityAgreement? {
        agreements.first { $0.id == id && $0.isVisible(to: tenant) }
    }

    /// The county code of the region that owns the target of `proposal` (nil if the target is missing).
    public func targetOwner(of proposal: CapacityProposal) -> String? {
        switch proposal.target {
        case .request(let id): requests.first { $0.id == id }?.region
        case .offer(let id): offers.first { $0.id == id }?.region
        }
    }

    func isVisible(_ proposal: CapacityProposal, to tenant: NetworkTenant) -> Bool {
        proposal.isVisible(to: tenant, targetOwner: targetOwner(of: proposal) ?? proposal.proposer)
    }

    // MARK: Shared checks

    static func validate(_ actor: NetworkActor, _ timestamp: String) throws(ExchangeError) {
        guard !PlanText.trimmed(actor.userID).isEmpty else { throw .missingUser }
        guard PlanTimestamp.isValid(timestamp) else { throw .invalidTimestamp(timestamp) }
        if let code = actor.tenant.regionCode, SwedishRegion.withCode(code) == nil { throw .unknownRegion(code) }
    }

    static func checkVersion(
        _ entity: ExchangeEntity, _ id: String, expected: Int, current: Int
    ) throws(ExchangeError) {
        guard expected == current else {
            throw .staleVersion(entity, id: id, expected: expected, current: current)
        }
    }

    static func checkNewID(_ entity: ExchangeEntity, _ id: String, taken: Bool) throws(ExchangeError) {
        guard !PlanText.trimmed(id).isEmpty else { throw .missingID(entity) }
        guard !taken else { throw .duplicateID(entity, id: id) }
    }

    static func requireReason(_ command: ExchangeCommand) throws(ExchangeError) {
        guard !PlanText.trimmed(command.comment).isEmpty else { throw .missingReason(command.action.kind) }
    }
}
