/// One region's cell in a national comparison.
public struct ComparisonCell: Codable, Hashable, Sendable {
    /// The region.
    public var regionCode: String
    /// The value; nil when suppressed.
    public var value: Double?
    /// True when the cell is withheld (by the region or by the hub's own disclosure control).
    public var suppressed: Bool

    /// Creates a cell.
    public init(regionCode: String, value: Double?, suppressed: Bool = false) {
        self.regionCode = regionCode
        self.value = value
        self.suppressed = suppressed
    }
}

/// Payload of the `national-comparisons` stream: one indicator, group and period across all regions.
public struct NationalComparison: Codable, Hashable, Sendable {
    /// Indicator id.
    public var indicatorID: String
    /// Definition version.
    public var definitionVersion: Int
    /// Group.
    public var group: String
    /// Period.
    public var period: String
    /// One cell per reporting region, sorted by region code.
    public var cells: [ComparisonCell]
    /// The national figure; nil when it would reveal a suppressed cell.
    public var national: Double?

    /// Creates a comparison.
    public init(
        indicatorID: String, definitionVersion: Int, group: String, period: String, cells: [ComparisonCell],
        national: Double?
    ) {
        self.indicatorID = indicatorID
        self.definitionVersion = definitionVersion
        self.group = group
        self.period = period
        self.cells = cells
        self.national = national
    }

    /// `hub/national-comparison/id/v<version>/group/period`.
    public var naturalKey: NaturalKey {
        NaturalKey(
            owner: "hub", kind: "national-comparison", parts: [indicatorID, "v\(definitionVersion)", group, period])
    }
}
