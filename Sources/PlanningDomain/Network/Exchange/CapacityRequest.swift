/// A region's request for capacity from other regions' own operations (domain brief §6, the last-but-one
/// escalation step): what care, how much, when, how urgent and how far to ask.
///
/// Post it with ``ExchangeCommand/Action/postRequest(_:)``; the ``state`` then follows ``PostingStatus``.
public struct CapacityRequest: ExchangePosting, Hashable, Sendable, Codable {
    /// ``ExchangeEntity/request``.
    public static let entity = ExchangeEntity.request

    /// The hub's id (chosen by the caller, unique among requests).
    public let id: String
    /// County code of the requesting region.
    public let region: String
    /// Specialty and planning-object group.
    public let group: CapacityGroup
    /// How many visits, operations or bed-days are needed.
    public let volume: ExchangeVolume
    /// The weeks in which the care is needed.
    public let period: WeekRange
    /// How urgent.
    public let priority: ExchangePriority
    /// Which regions are asked.
    public let radius: ExchangeRadius
    /// Free-text conditions.
    public let conditions: String
    /// Status, version, agreed volume and history.
    public internal(set) var state: PostingState

    /// Creates an open request at version 1 (validated when posted).
    public init(
        id: String, region: String, group: CapacityGroup, volume: ExchangeVolume, period: WeekRange,
        priority: ExchangePriority = .normal, radius: ExchangeRadius, conditions: String = "",
        state: PostingState = PostingState()
    ) {
        self.id = id
        self.region = region
        self.group = group
        self.volume = volume
        self.period = period
        self.priority = priority
        self.radius = radius
        self.conditions = conditions
        self.state = state
    }
}
