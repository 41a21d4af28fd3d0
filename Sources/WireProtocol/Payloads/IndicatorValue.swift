/// Payload of the `indicators` stream: one catalogue indicator for one region, group and period.
///
/// A suppressed cell travels with `suppressed = true` and no numbers, so the hub knows the cell exists without
/// learning its size.
public struct IndicatorValue: Codable, Hashable, Sendable {
    /// Two-digit region code (`01` Stockholm … `25` Norrbotten); must be the sending region.
    public var regionCode: String
    /// Catalogue id of the indicator (`vantande-over-90-dagar`).
    public var indicatorID: String
    /// Catalogue version of the indicator's definition.
    public var definitionVersion: Int
    /// Specialty or planning-object group (`ortopedi`).
    public var group: String
    /// ISO week (`2025-W07`) or month (`2025-02`).
    public var period: String
    /// Numerator; nil when suppressed or not applicable.
    public var numerator: Double?
    /// Denominator; nil when suppressed or not applicable.
    public var denominator: Double?
    /// The value (a count, a rate or a mean); nil when suppressed.
    public var value: Double?
    /// True when disclosure control withheld the numbers.
    public var suppressed: Bool

    /// Creates an indicator value.
    public init(
        regionCode: String, indicatorID: String, definitionVersion: Int, group: String, period: String,
        numerator: Double? = nil, denominator: Double? = nil, value: Double?, suppressed: Bool = false
    ) {
        self.regionCode = regionCode
        self.indicatorID = indicatorID
        self.definitionVersion = definitionVersion
        self.group = group
        self.period = period
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.suppressed = suppressed
    }

    /// `region/indicator/id/v<version>/group/period`.
    public var naturalKey: NaturalKey {
        NaturalKey(
            owner: regionCode, kind: "indicator", parts: [indicatorID, "v\(definitionVersion)", group, period])
    }

    /// The same cell with its numbers withheld.
    public var suppressedCopy: IndicatorValue {
        IndicatorValue(
            regionCode: regionCode, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group,
            period: period, value: nil, suppressed: true)
    }
}
