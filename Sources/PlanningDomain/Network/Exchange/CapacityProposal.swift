/// One region's answer to another's posting: "we can do 40 of your 120 operations in weeks 10–14" (to a
/// request) or "we would like 40 of your offered operations" (to an offer). The owner of the target accepts
/// (which makes a ``CapacityAgreement``) or declines; the proposer may withdraw while it is pending.
///
/// The proposal carries the target's group and unit; only its count, period and conditions are its own.
public struct CapacityProposal: Hashable, Sendable, Codable {
    /// What a proposal answers.
    public enum Target: Hashable, Sendable, Codable {
        /// A request (the proposer offers capacity and becomes the provider).
        case request(String)
        /// An offer (the proposer asks for capacity and becomes the recipient).
        case offer(String)

        /// The target's id.
        public var id: String {
            switch self {
            case .request(let id), .offer(let id): id
            }
        }

        /// The target's kind.
        public var entity: ExchangeEntity {
            switch self {
            case .request: .request
            case .offer: .offer
            }
        }
    }

    /// The hub's id (chosen by the caller, unique among proposals).
    public let id: String
    /// County code of the proposing region.
    public let proposer: String
    /// What it answers.
    public let target: Target
    /// The proposer's own posting it draws on, if any: an offer when the target is a request, a request when the
    /// target is an offer. Accepting allocates the volume on it too.
    public let linked: String?
    /// How many units (in the target's unit).
    public let count: Int
    /// The weeks (within the target's period, and the linked posting's).
    public let period: WeekRange
    /// Free-text conditions.
    public let conditions: String
    /// Where it is.
    public internal(set) var status: ProposalStatus
    /// Starts at 1 and grows by one with every change; commands quote it.
    public internal(set) var version: Int
    /// The agreement made when it was accepted.
    public internal(set) var agreement: String?
    /// Everything that happened, oldest first.
    public internal(set) var history: [ExchangeEvent]

    /// Creates a pending proposal at version 1 (validated when made).
    public init(
        id: String, proposer: String, target: Target, linked: String? = nil, count: Int, period: WeekRange,
        conditions: String = ""
    ) {
        self.id = id
        self.proposer = proposer
        self.target = target
        self.linked = linked
        self.count = count
        self.period = period
        self.conditions = conditions
        status = .proposed
        version = 1
        agreement = nil
        history = []
    }

    /// Whether `tenant` may see it: the proposer, the owner of the target (`targetOwner`) and the agency.
    public func isVisible(to tenant: NetworkTenant, targetOwner: String) -> Bool {
        tenant == .agency || tenant == .region(proposer) || tenant == .region(targetOwner)
    }

    mutating func record(_ kind: ExchangeEvent.Kind, _ source: some ExchangeEventSource) {
        history.append(ExchangeEvent(kind, source))
        version += 1
    }
}
