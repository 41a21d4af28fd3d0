/// Proportional distribution of a volume that keeps the total exact in `Double`.
///
/// Planned volumes are fractional (no rounding to whole visits). Multiplying by shares leaves last-place
/// floating-point errors, so after distributing, one value absorbs the residual (see ``settle(_:to:)``) and the
/// left-to-right ``sum(_:)`` equals the total bit for bit. The absorbing value moves by a few ulps at most.
enum VolumeDistribution {
    /// Splits `total` over `weights` in proportion; `weights` must be finite, non-negative, with a positive sum.
    static func distribute(_ total: Double, weights: [Double]) -> [Double] {
        let weightSum = sum(weights)
        var values = weights.map { total * ($0 / weightSum) }
        settle(&values, to: total)
        return values
    }

    /// Adjusts one value so that ``sum(_:)`` of `values` equals `total`; values that are 0 stay 0, so closed
    /// weeks and days stay closed.
    ///
    /// The absorbing value is tried from the last positive one backwards: it is set to `total − (the others)`
    /// and stepped by ulps. One candidate can miss (round-to-even can make the sum jump over the total when the
    /// absorbing value is the larger addend), the next one then hits. If none does (not seen in 200 000 random
    /// trials), the values are left as distributed, within a few ulps of the total.
    static func settle(_ values: inout [Double], to total: Double) {
        guard sum(values) != total else { return }
        for index in values.indices.reversed() where values[index] > 0 {
            var attempt = values
            attempt[index] = 0
            attempt[index] = max(0, total - sum(attempt))
            for _ in 0..<16 {
                let current = sum(attempt)
                if current == total {
                    values = attempt
                    return
                }
                attempt[index] = current < total ? attempt[index].nextUp : max(0, attempt[index].nextDown)
            }
        }
    }

    /// The left-to-right sum; every total in the plan is computed this way so that results agree exactly.
    static func sum(_ values: [Double]) -> Double {
        values.reduce(0, +)
    }
}
