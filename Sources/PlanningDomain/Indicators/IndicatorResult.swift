/// The outcome for one key: a value, or the reason there is none.
public struct IndicatorResult: Hashable, Sendable {
    /// The outcome.
    public enum Outcome: Hashable, Sendable {
        /// A computed value.
        case value(IndicatorValue)
        /// No value, and why.
        case notAvailable(IndicatorUnavailability)
    }

    /// The natural key.
    public var key: IndicatorValueKey
    /// The value or the reason.
    public var outcome: Outcome

    /// Creates a result.
    public init(key: IndicatorValueKey, outcome: Outcome) {
        self.key = key
        self.outcome = outcome
    }

    /// The value, when there is one.
    public var value: IndicatorValue? {
        if case .value(let value) = outcome { return value }
        return nil
    }

    /// The reason there is no value, when there is none.
    public var unavailability: IndicatorUnavailability? {
        if case .notAvailable(let reason) = outcome { return reason }
        return nil
    }
}
