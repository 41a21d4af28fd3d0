/// A value as it is published.
public enum PublishedValue: Hashable, Sendable, CustomStringConvertible {
    /// A count.
    case count(Int)
    /// A rate or mean as its exact numerator and denominator (the caller formats it; denominator 0 means
    /// "not defined").
    case ratio(numerator: Int, denominator: Int)

    /// The count, or nil for a ratio.
    public var count: Int? {
        if case let .count(value) = self { return value }
        return nil
    }

    /// "12" or "3/40".
    public var description: String {
        switch self {
        case let .count(value): "\(value)"
        case let .ratio(numerator, denominator): "\(numerator)/\(denominator)"
        }
    }
}
