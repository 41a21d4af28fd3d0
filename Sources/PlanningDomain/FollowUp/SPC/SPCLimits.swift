/// The centre line and limits of one segment of an XmR chart (the whole chart unless it was rebased).
///
/// σ is estimated as mR̄ / 1.128, so the process limits mean ± 3σ are mean ± 2.66·mR̄; the 1σ and 2σ lines
/// (the "2/3 of the way" lines used by rule 3) are mean ± 0.887·mR̄ and mean ± 1.773·mR̄.
public struct SPCLimits: Hashable, Sendable, Codable {
    /// The constant between mR̄ and the 3σ limits.
    public static let limitFactor = 2.66
    /// The constant between mR̄ and the upper range limit used to screen moving ranges.
    public static let upperRangeFactor = 3.267

    /// The first point of the segment (index into the chart's values).
    public var startIndex: Int
    /// One past the last point of the segment.
    public var endIndex: Int
    /// Mean of the segment's values (the centre line).
    public var mean: Double
    /// Mean moving range before screening.
    public var unscreenedMovingRangeMean: Double
    /// Mean moving range used for the limits (after screening, when enabled).
    public var movingRangeMean: Double
    /// Indices (into the chart's values) of the points whose moving range was left out by screening.
    public var screenedOut: [Int]

    /// Creates limits from already computed parts.
    public init(
        startIndex: Int, endIndex: Int, mean: Double, unscreenedMovingRangeMean: Double, movingRangeMean: Double,
        screenedOut: [Int]
    ) {
        self.startIndex = startIndex
        self.endIndex = endIndex
        self.mean = mean
        self.unscreenedMovingRangeMean = unscreenedMovingRangeMean
        self.movingRangeMean = movingRangeMean
        self.screenedOut = screenedOut
    }

    /// Computes the limits of `values[range]`; moving ranges never reach across the segment's start.
    ///
    /// Screening is one pass, as in Making Data Count: ranges above 3.267·mR̄ are dropped and mR̄ is the mean of
    /// the rest. (Iterating until nothing more drops would keep shrinking the limits of a noisy process.)
    public static func compute(values: [Double], range: Range<Int>, screening: Bool) -> SPCLimits {
        let segment = values[range]
        let mean = segment.reduce(0, +) / Double(segment.count)
        let ranges = movingRanges(values: values, range: range)
        let rawMean = ranges.isEmpty ? 0 : ranges.reduce(0) { $0 + $1.range } / Double(ranges.count)
        var used = rawMean
        var dropped: [Int] = []
        if screening, !ranges.isEmpty {
            let upperRangeLimit = upperRangeFactor * rawMean
            let kept = ranges.filter { $0.range <= upperRangeLimit }
            dropped = ranges.filter { $0.range > upperRangeLimit }.map(\.index)
            // At least one range is ≤ its own mean, so `kept` is never empty.
            used = kept.reduce(0) { $0 + $1.range } / Double(kept.count)
        }
        return SPCLimits(
            startIndex: range.lowerBound, endIndex: range.upperBound, mean: mean,
            unscreenedMovingRangeMean: rawMean, movingRangeMean: used, screenedOut: dropped)
    }

    /// The moving ranges |x[i] − x[i−1]| of a segment, each with the index of its later point.
    static func movingRanges(values: [Double], range: Range<Int>) -> [(index: Int, range: Double)] {
        range.dropFirst().map { (index: $0, range: abs(values[$0] - values[$0 - 1])) }
    }

    /// The estimated standard deviation, mR̄ / 1.128 (= 2.66/3 · mR̄).
    public var sigma: Double { Self.limitFactor / 3 * movingRangeMean }
    /// Upper process limit, mean + 2.66·mR̄.
    public var upperLimit: Double { mean + 3 * sigma }
    /// Lower process limit, mean − 2.66·mR̄.
    public var lowerLimit: Double { mean - 3 * sigma }
    /// The upper 2σ line ("two thirds of the way" to the upper limit).
    public var upperTwoSigma: Double { mean + 2 * sigma }
    /// The lower 2σ line.
    public var lowerTwoSigma: Double { mean - 2 * sigma }
    /// The upper 1σ line.
    public var upperOneSigma: Double { mean + sigma }
    /// The lower 1σ line.
    public var lowerOneSigma: Double { mean - sigma }
    /// The indices of the segment's points.
    public var indices: Range<Int> { startIndex..<endIndex }
}
