/// Capacity a region offers to others from its own operations: what care, how much, when and how far.
///
/// Post it with ``ExchangeCommand/Action/postOffer(_:)``; other regions within its radius may accept part or
/// all of it directly (``ExchangeCommand/Action/acceptOffer(_:expectedVersion:count:period:request:agreement:)``)
/// or send a proposal. The ``state`` follows ``PostingStatus``.
public struct CapacityOffer: ExchangePosting, Hashable, Sendable, Codable {
    /// ``ExchangeEntity/offer``.
    public static let entity = ExchangeEntity.offer

    /// The hub's id (chosen by the caller, unique among offers).
    public let id: String
    /// County code of the offering region.
    public let region: String
    /// Specialty and planning-object group.
    public let group: CapacityGroup
    /// How many visits, operations or bed-days are offered.
    public let volume: ExchangeVolume
    /// The weeks in which the capacity is available.
    public let period: WeekRange
    /// Which regions may see and take it (national unless the region limits it).
    public let radius: ExchangeRadius
    /// Free-text conditions.
    public let conditions: String
    /// Status, version, agreed volume and history.
    public internal(set) var state: PostingState

    /// Creates an open offer at version 1 (validated when posted).
    public init(
        id: String, region: String, group: CapacityGroup, volume: ExchangeVolume, period: WeekRange,
        radius: ExchangeRadius = .national, conditions: String = "", state: PostingState = PostingState()
    ) {
        self.id = id
        self.region = region
        self.group = group
        self.volume = volume
        self.period = period
        self.radius = radius
        self.conditions = conditions
        self.state = state
    }
}
