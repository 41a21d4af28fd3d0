/// What ``IndicatorComputer`` produced: one result per definition, group and period, and the warnings about
/// data it had to leave out.
public struct IndicatorComputation: Sendable {
    /// The results, ordered by definition id, group, then period (weeks before months).
    public let results: [IndicatorResult]
    /// Data left out, sorted.
    public let warnings: [IndicatorInputWarning]

    /// Creates a computation.
    public init(results: [IndicatorResult], warnings: [IndicatorInputWarning]) {
        self.results = results
        self.warnings = warnings
    }

    /// The computed values, in result order.
    public var values: [IndicatorValue] { results.compactMap(\.value) }

    /// The keys without a value, with the reasons, in result order.
    public var unavailable: [(key: IndicatorValueKey, reason: IndicatorUnavailability)] {
        // An explicit loop: the compactMap/map form crashes the Swift 6.3 optimizer (SIL ownership verifier) in
        // release builds.
        var unavailable: [(key: IndicatorValueKey, reason: IndicatorUnavailability)] = []
        for result in results {
            if case .notAvailable(let reason) = result.outcome { unavailable.append((key: result.key, reason: reason)) }
        }
        return unavailable
    }

    /// The result for `key`, or nil if it was not computed.
    public func result(for key: IndicatorValueKey) -> IndicatorResult? {
        results.first { $0.key == key }
    }
}
