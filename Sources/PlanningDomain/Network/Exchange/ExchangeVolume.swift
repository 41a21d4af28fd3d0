/// A whole number of visits, operations or bed-days asked for, offered, agreed or delivered.
///
/// Volumes are integers because what travels between regions is slots, never fractions of a patient; integer
/// arithmetic also keeps follow-up totals exact.
public struct ExchangeVolume: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The count, at least 0.
    public var count: Int
    /// What is counted.
    public var unit: ExchangeUnit

    /// Creates a volume.
    public init(_ count: Int, _ unit: ExchangeUnit) {
        self.count = count
        self.unit = unit
    }

    /// The Swedish form, e.g. "120 operationer".
    public var description: String { "\(count) \(unit.swedishName)" }
}
