/// How one region's figure has moved: the least-squares slope over its recent published periods, and the change
/// from the same period a year earlier.
public struct IndicatorTrend: Hashable, Sendable {
    /// Which way the figure moves.
    public enum Movement: String, Hashable, Sendable, Codable {
        /// The slope is above the flat band.
        case rising
        /// The slope is below the flat band.
        case falling
        /// The slope is within the flat band, or too few periods to tell.
        case flat
    }

    /// Whether the movement is good, given the indicator's direction.
    public enum Assessment: String, Hashable, Sendable, Codable {
        /// Moving the better way.
        case improving
        /// Moving the worse way.
        case worsening
        /// Not moving.
        case unchanged
    }

    /// The number of published periods the slope is fitted to.
    public let periodCount: Int
    /// Change per period (least squares over the periods' positions, so gaps are handled); nil with fewer than
    /// ``minimumPeriods`` periods.
    public let slope: Double?
    /// Rising, falling or flat.
    public let movement: Movement
    /// Improving, worsening or unchanged; nil for neutral indicators and when there is no slope.
    public let assessment: Assessment?
    /// Value minus the value in the same period a year earlier, when both are published.
    public let changeFromSamePeriodLastYear: Double?

    /// Fewest periods a slope is fitted to.
    public static let minimumPeriods = 3
    /// The flat band: a slope whose total change over the window is within this share of the mean level (2 %).
    public static let flatTolerance = 0.02

    /// The trend of `points` (period position, value) for an indicator improving in `direction`.
    public init(points: [(position: Int, value: Double)], direction: ImprovementDirection, changeFromLastYear: Double?)
    {
        periodCount = points.count
        changeFromSamePeriodLastYear = changeFromLastYear
        guard points.count >= Self.minimumPeriods else {
            slope = nil
            movement = .flat
            assessment = nil
            return
        }
        let n = Double(points.count)
        let meanX = points.reduce(0) { $0 + Double($1.position) } / n
        let meanY = points.reduce(0) { $0 + $1.value } / n
        var covariance = 0.0
        var variance = 0.0
        for point in points {
            covariance += (Double(point.position) - meanX) * (point.value - meanY)
            variance += (Double(point.position) - meanX) * (Double(point.position) - meanX)
        }
        let slope = variance > 0 ? covariance / variance : 0
        self.slope = slope
        let span = Double(points.map(\.position).max()! - points.map(\.position).min()!)
        // Flat when the fitted change across the window is small relative to the level, so a trend of +1 on a
        // list of 10 000 is not called rising.
        if abs(slope * span) <= Self.flatTolerance * abs(meanY) || slope == 0 {
            movement = .flat
        } else {
            movement = slope > 0 ? .rising : .falling
        }
        switch (direction, movement) {
        case (.neutral, _): assessment = nil
        case (_, .flat): assessment = .unchanged
        case (.higherIsBetter, .rising), (.lowerIsBetter, .falling): assessment = .improving
        default: assessment = .worsening
        }
    }
}
