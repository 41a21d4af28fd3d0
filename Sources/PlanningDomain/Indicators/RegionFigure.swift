/// What the hub holds for one region, indicator, group and period.
public enum RegionFigure: Hashable, Sendable {
    /// A published figure: a count (no denominator) or a rate's parts.
    case reported(numerator: Double, denominator: Double?)
    /// Withheld by disclosure control; excluded from every national statistic.
    case suppressed
    /// The region could not compute it (missing data).
    case notAvailable

    /// A published figure from a computed value.
    public init(_ value: IndicatorValue) {
        self = .reported(numerator: value.numerator, denominator: value.denominator)
    }

    /// The figure's value (count, or numerator / denominator); nil when not reported, or for a rate whose
    /// denominator is not positive, or any part that is not finite.
    public var value: Double? {
        guard case .reported(let numerator, let denominator) = self, numerator.isFinite else { return nil }
        guard let denominator else { return numerator }
        guard denominator.isFinite, denominator > 0 else { return nil }
        return numerator / denominator
    }
}
