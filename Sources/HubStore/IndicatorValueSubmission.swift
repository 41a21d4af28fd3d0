public import PlanningDomain

/// One indicator value as a region node sends it to the hub: the natural key as text (so a malformed period is
/// refused for that item alone, not the whole batch), the figure's parts, and whether the node's disclosure
/// control suppressed it (then the parts are left out and the hub stores none).
public struct IndicatorValueSubmission: Sendable, Hashable, Codable {
    /// The region's county code; must be the caller's own.
    public var regionCode: String
    /// The indicator id from the catalogue.
    public var indicatorID: String
    /// The definition version the value was computed under.
    public var definitionVersion: Int
    /// The group (specialty, or specialty/contact type).
    public var group: String
    /// "2025-W07" or "2025-03".
    public var period: String
    /// The count, or the rate's numerator; nil when suppressed.
    public var numerator: Double?
    /// The rate's denominator; nil for counts and when suppressed.
    public var denominator: Double?
    /// Whether disclosure control withheld the figure.
    public var suppressed: Bool

    /// Creates a submission.
    public init(
        regionCode: String, indicatorID: String, definitionVersion: Int, group: String, period: String,
        numerator: Double?, denominator: Double? = nil, suppressed: Bool = false
    ) {
        self.regionCode = regionCode
        self.indicatorID = indicatorID
        self.definitionVersion = definitionVersion
        self.group = group
        self.period = period
        self.numerator = numerator
        self.denominator = denominator
        self.suppressed = suppressed
    }

    /// A submission of a value computed by ``PlanningDomain/IndicatorComputer`` (never suppressed: the node's
    /// disclosure control decides that).
    public init(_ value: IndicatorValue) {
        self.init(
            regionCode: value.key.regionCode, indicatorID: value.key.indicatorID,
            definitionVersion: value.key.definitionVersion, group: value.key.group,
            period: value.key.period.description, numerator: value.numerator, denominator: value.denominator)
    }

    /// "05/inflow@1/Ortopedi/2025-W07", as in ``PlanningDomain/IndicatorValueKey``.
    public var keyDescription: String {
        "\(regionCode)/\(indicatorID)@\(definitionVersion)/\(group)/\(period)"
    }
}
