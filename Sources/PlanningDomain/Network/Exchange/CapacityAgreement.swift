/// An agreement that one region (the provider) delivers a volume of care to another's patients (the
/// recipient) in a period — made when a proposal or an offer is accepted — and the record of what was delivered.
///
/// Only the two parties and the agency may see it or act on it. Deliveries are recorded per week by the
/// provider; a week's figure can be corrected (it replaces the earlier one), but the total may never exceed the
/// agreed volume: more care needs a new agreement, because an agreement steers like a plan does.
public struct CapacityAgreement: Hashable, Sendable, Codable {
    /// The hub's id (chosen by the caller, unique among agreements).
    public let id: String
    /// County code of the region that delivers the care.
    public let provider: String
    /// County code of the region whose patients receive it.
    public let recipient: String
    /// Specialty and planning-object group.
    public let group: CapacityGroup
    /// The agreed volume.
    public let volume: ExchangeVolume
    /// The weeks of delivery.
    public let period: WeekRange
    /// Conditions carried over from the postings and the proposal.
    public let conditions: String
    /// The request it serves, if any.
    public let request: String?
    /// The offer it draws on, if any.
    public let offer: String?
    /// The proposal it came from, if any (nil when an offer was accepted directly).
    public let proposal: String?
    /// Where it is.
    public internal(set) var status: AgreementStatus
    /// Starts at 1 and grows by one with every change; commands quote it.
    public internal(set) var version: Int
    /// Delivered volume per week, by week.
    public internal(set) var deliveries: [WeeklyDelivery]
    /// Everything that happened, oldest first.
    public internal(set) var history: [ExchangeEvent]

    /// Creates an agreement at version 1 with nothing delivered (the exchange makes these; stores restore them
    /// with ``restoring(status:version:deliveries:history:)``).
    public init(
        id: String, provider: String, recipient: String, group: CapacityGroup, volume: ExchangeVolume,
        period: WeekRange, conditions: String, request: String?, offer: String?, proposal: String?
    ) {
        self.id = id
        self.provider = provider
        self.recipient = recipient
        self.group = group
        self.volume = volume
        self.period = period
        self.conditions = conditions
        self.request = request
        self.offer = offer
        self.proposal = proposal
        status = .agreed
        version = 1
        deliveries = []
        history = []
    }

    /// This agreement with stored state put back.
    public func restoring(
        status: AgreementStatus, version: Int, deliveries: [WeeklyDelivery], history: [ExchangeEvent]
    ) -> CapacityAgreement {
        var copy = self
        copy.status = status
        copy.version = version
        copy.deliveries = deliveries.sorted { $0.week < $1.week }
        copy.history = history
        return copy
    }

    /// The total delivered so far.
    public var deliveredCount: Int { deliveries.reduce(0) { $0 + $1.count } }

    /// The agreed volume not yet delivered, never negative.
    public var remainingCount: Int { max(0, volume.count - deliveredCount) }

    /// Delivered as a share of agreed, 0…1 (0 for an empty agreement).
    public var shareDelivered: Double {
        volume.count > 0 ? Double(deliveredCount) / Double(volume.count) : 0
    }

    /// The figure recorded for `week`, or 0.
    public func delivered(in week: ISOWeek) -> Int {
        deliveries.first { $0.week == week }?.count ?? 0
    }

    /// Whether `tenant` is a party to it.
    public func isParty(_ tenant: NetworkTenant) -> Bool {
        tenant == .region(provider) || tenant == .region(recipient)
    }

    /// Whether `tenant` may see it: the parties and the agency.
    public func isVisible(to tenant: NetworkTenant) -> Bool {
        tenant == .agency || isParty(tenant)
    }

    /// Sets `week`'s delivered figure, keeping ``deliveries`` sorted and dropping weeks set to zero.
    mutating func setDelivered(_ count: Int, in week: ISOWeek) {
        deliveries.removeAll { $0.week == week }
        if count > 0 {
            deliveries.append(WeeklyDelivery(week: week, count: count))
            deliveries.sort { $0.week < $1.week }
        }
    }

    mutating func record(_ kind: ExchangeEvent.Kind, _ source: some ExchangeEventSource) {
        history.append(ExchangeEvent(kind, source))
        version += 1
    }
}
