/// What requests and offers have in common: an owner, what and how much, when, how far it reaches, and state.
public protocol ExchangePosting: Sendable {
    /// Which kind of posting (request or offer).
    static var entity: ExchangeEntity { get }
    /// The hub's id for the posting.
    var id: String { get }
    /// County code of the region that posted it.
    var region: String { get }
    /// Specialty and planning-object group.
    var group: CapacityGroup { get }
    /// The volume asked for or offered.
    var volume: ExchangeVolume { get }
    /// The weeks it covers.
    var period: WeekRange { get }
    /// How far it reaches.
    var radius: ExchangeRadius { get }
    /// Free-text conditions (e.g. "patienten reser själv", "endast ASA 1–2").
    var conditions: String { get }
    /// Status, version, agreed volume and history.
    var state: PostingState { get }
}

extension ExchangePosting {
    /// The current status.
    public var status: PostingStatus { state.status }

    /// The current version, to quote in commands.
    public var version: Int { state.version }

    /// The volume not yet agreed, never negative.
    public var remainingCount: Int { max(0, volume.count - state.agreedCount) }

    /// The owner as a tenant.
    public var owner: NetworkTenant { .region(region) }

    /// Whether `tenant` may see the posting: its owner, the agency, and regions within its radius.
    public func isVisible(to tenant: NetworkTenant) -> Bool {
        switch tenant {
        case .agency: return true
        case .region(let code):
            guard let proximity = RegionProximity.between(region, code) else { return false }
            return radius.reaches(proximity)
        }
    }
}
