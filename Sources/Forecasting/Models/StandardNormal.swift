/// The standard normal quantile for prediction intervals, bounded so callers never see infinities.
enum StandardNormal {
    /// The `p`-quantile of N(0, 1) (``NormalDistribution``'s AS 241), clamped to ±8 at the extremes.
    static func quantile(_ p: Double) -> Double {
        guard p.isFinite else { return 0 }
        return min(8, max(-8, NormalDistribution.quantile(p)))
    }
}
