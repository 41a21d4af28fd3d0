/// Payload of the `exchange-state` stream: the hub's authoritative state of one request, offer, proposal or
/// agreement. `version` is what ``ExchangeMessage/basedOnVersion`` and ``DeliveryFollowUp/basedOnVersion`` quote.
///
/// The feed is one log, but each change has an audience (docs/sync-protocol.md §5.8): a request or offer goes to
/// the regions within its radius, a proposal to its proposer and the target's owner, an agreement to its two
/// parties. The payload holds nothing beyond what that audience may see — no audit trail, no user ids, and a
/// posting says how much is agreed but not with whom.
public struct ExchangeState: Codable, Hashable, Sendable {
    /// What it is.
    public var kind: ExchangeStateKind
    /// The hub's id.
    public var id: String
    /// The version (starts at 1, grows with every change).
    public var version: Int
    /// The domain status (`open`, `partiallyMatched`, … for postings; `proposed`, … for proposals; `agreed`,
    /// `delivering`, `completed`, `cancelled` for agreements).
    public var status: String
    /// The owner of a request or offer, the proposer of a proposal, the provider of an agreement.
    public var region: String
    /// The owner of a proposal's target, the recipient of an agreement; absent for postings.
    public var counterpart: String?
    /// The specialty.
    public var specialty: String
    /// The planning-object group, if any.
    public var planningObjectGroup: String?
    /// `visits`, `operations` or `bedDays`.
    public var unit: String
    /// The volume asked for, offered, proposed or agreed.
    public var count: Int
    /// First week.
    public var firstWeek: String
    /// Last week.
    public var lastWeek: String
    /// Request priority (`high`, `normal`, `low`).
    public var priority: String?
    /// Posting radius (`neighbours`, `healthcareRegion`, `national`).
    public var radius: String?
    /// Conditions (Swedish free text).
    public var conditions: String?
    /// Postings: the volume agreed so far; agreements: the volume delivered so far.
    public var settled: Int?
    /// Proposals: `request` or `offer`.
    public var targetKind: String?
    /// Proposals: the answered posting.
    public var targetID: String?
    /// Proposals: the proposer's own posting it draws on.
    public var linked: String?
    /// Accepted proposals: the agreement made; agreements: the proposal it came from.
    public var proposalOrAgreement: String?
    /// Agreements: the request served, if any.
    public var requestID: String?
    /// Agreements: the offer drawn on, if any.
    public var offerID: String?
    /// Agreements: delivered volume per week, in week order.
    public var deliveries: [ExchangeDeliveryWeek]?

    /// Creates a state.
    public init(
        kind: ExchangeStateKind, id: String, version: Int, status: String, region: String, counterpart: String? = nil,
        specialty: String, planningObjectGroup: String? = nil, unit: String, count: Int, firstWeek: String,
        lastWeek: String, priority: String? = nil, radius: String? = nil, conditions: String? = nil,
        settled: Int? = nil, targetKind: String? = nil, targetID: String? = nil, linked: String? = nil,
        proposalOrAgreement: String? = nil, requestID: String? = nil, offerID: String? = nil,
        deliveries: [ExchangeDeliveryWeek]? = nil
    ) {
        self.kind = kind
        self.id = id
        self.version = version
        self.status = status
        self.region = region
        self.counterpart = counterpart
        self.specialty = specialty
        self.planningObjectGroup = planningObjectGroup
        self.unit = unit
        self.count = count
        self.firstWeek = firstWeek
        self.lastWeek = lastWeek
        self.priority = priority
        self.radius = radius
        self.conditions = conditions
        self.settled = settled
        self.targetKind = targetKind
        self.targetID = targetID
        self.linked = linked
        self.proposalOrAgreement = proposalOrAgreement
        self.requestID = requestID
        self.offerID = offerID
        self.deliveries = deliveries
    }

    /// `hub/exchange-<kind>/<id>`.
    public var naturalKey: NaturalKey { NaturalKey(owner: "hub", kind: kind.keyKind, parts: [id]) }

    /// The key of the `kind` thing with `id` (what a node looks up to see whether its message came back).
    public static func key(_ kind: ExchangeStateKind, id: String) -> NaturalKey {
        NaturalKey(owner: "hub", kind: kind.keyKind, parts: [id])
    }
}
