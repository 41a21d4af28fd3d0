/// A candidate pairing of a request and an offer, with the figures it was ranked by.
public struct ExchangeMatch: Hashable, Sendable, Codable {
    /// The request.
    public var request: String
    /// The offer.
    public var offer: String
    /// County code of the other side (the offering region when ranking offers, the requesting one otherwise).
    public var counterpart: String
    /// How closely the care matches (same planning-object group, or only the same specialty).
    public var groupFit: CapacityGroup.GroupFit
    /// How close the two regions are.
    public var proximity: RegionProximity
    /// Straight-line distance between the regions' main cities, in kilometres.
    public var distanceKilometres: Double
    /// The weeks both cover.
    public var overlap: WeekRange
    /// Share of the subject's weeks the other side covers, 0…1.
    public var overlapShare: Double
    /// The volume the pair could agree on now: the smaller of the two remaining volumes.
    public var matchableCount: Int
    /// Share of the subject's remaining volume that ``matchableCount`` covers, 0…1.
    public var coverage: Double
    /// The requesting region's priority.
    public var priority: ExchangePriority

    /// A 0…1 summary for display: ½·coverage + 0.3·overlap share + 0.2 for the same planning-object group.
    /// The ranking itself is lexicographic (see ``ExchangeMatching``), not by this number.
    public var fitScore: Double {
        0.5 * coverage + 0.3 * overlapShare + (groupFit == .sameGroup ? 0.2 : 0)
    }
}
