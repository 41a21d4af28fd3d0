/// The natural key of an indicator value: region, indicator id and definition version, group and period.
///
/// Stores and the hub upsert on it, so computing the same figures again replaces them instead of adding rows.
public struct IndicatorValueKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The region's county code, e.g. "05".
    public var regionCode: String
    /// The indicator id, e.g. "inflow".
    public var indicatorID: String
    /// The definition version the value was computed under.
    public var definitionVersion: Int
    /// The group, e.g. "Ortopedi" or "Ortopedi/operation".
    public var group: String
    /// The period.
    public var period: IndicatorPeriod

    /// Creates a key.
    public init(regionCode: String, indicatorID: String, definitionVersion: Int, group: String, period: IndicatorPeriod)
    {
        self.regionCode = regionCode
        self.indicatorID = indicatorID
        self.definitionVersion = definitionVersion
        self.group = group
        self.period = period
    }

    /// Orders by region, indicator, version, group, then period.
    public static func < (lhs: IndicatorValueKey, rhs: IndicatorValueKey) -> Bool {
        if lhs.regionCode != rhs.regionCode { return lhs.regionCode < rhs.regionCode }
        if lhs.indicatorID != rhs.indicatorID { return lhs.indicatorID < rhs.indicatorID }
        if lhs.definitionVersion != rhs.definitionVersion { return lhs.definitionVersion < rhs.definitionVersion }
        if lhs.group != rhs.group { return lhs.group < rhs.group }
        return lhs.period < rhs.period
    }

    /// "05/inflow@1/Ortopedi/2025-W07", for logs and idempotency keys.
    public var description: String {
        "\(regionCode)/\(indicatorID)@\(definitionVersion)/\(group)/\(period)"
    }
}
