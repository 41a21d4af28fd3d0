/// One computed indicator figure for a region, group and period.
///
/// Counts have ``value`` == ``numerator`` and no denominator. Rates carry both parts, so disclosure control can
/// suppress a rate whose numerator or denominator is a small count, and the hub can form ratios of sums.
public struct IndicatorValue: Hashable, Sendable, Codable {
    /// The natural key.
    public var key: IndicatorValueKey
    /// The count, or the rate's numerator.
    public var numerator: Double
    /// The rate's denominator (always positive); nil for counts.
    public var denominator: Double?
    /// The figure: the count, or numerator / denominator.
    public var value: Double

    /// A count.
    public init(key: IndicatorValueKey, count: Double) {
        self.key = key
        self.numerator = count
        self.denominator = nil
        self.value = count
    }

    /// A rate; nil when the denominator is not positive, or either part is negative or not finite.
    public init?(key: IndicatorValueKey, numerator: Double, denominator: Double) {
        guard numerator.isFinite, denominator.isFinite, numerator >= 0, denominator > 0 else { return nil }
        self.key = key
        self.numerator = numerator
        self.denominator = denominator
        self.value = numerator / denominator
    }

    /// Whether the value is a rate.
    public var isRate: Bool { denominator != nil }
}
