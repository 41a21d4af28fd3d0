/// Settings for an XmR chart. The defaults follow NHS "Making Data Count".
public struct SPCConfiguration: Hashable, Sendable, Codable {
    /// Points needed in each segment before limits are computed (default 12). Fewer gives an error, not a chart:
    /// limits from a handful of weeks move too much to steer by. Raise it to 15–20 for steadier limits.
    public var minimumPoints: Int
    /// Points in a rising or falling run that make a trend (rule 2; default 7).
    public var trendLength: Int
    /// Points on one side of the mean that make a shift (rule 4; 6 or 7, default 7).
    public var shiftLength: Int
    /// Whether moving ranges above 3.267·mR̄ are left out and mR̄ recomputed (default true), so one large jump
    /// does not widen the limits for every other week.
    public var screensMovingRanges: Bool

    /// Creates a configuration.
    public init(minimumPoints: Int = 12, trendLength: Int = 7, shiftLength: Int = 7, screensMovingRanges: Bool = true) {
        self.minimumPoints = minimumPoints
        self.trendLength = trendLength
        self.shiftLength = shiftLength
        self.screensMovingRanges = screensMovingRanges
    }

    /// The Making Data Count defaults.
    public static let standard = SPCConfiguration()

    /// Throws if a setting cannot give a meaningful chart.
    func validate() throws(SPCError) {
        guard minimumPoints >= 3 else { throw .invalidSetting(name: "minimumPoints", value: minimumPoints, minimum: 3) }
        guard trendLength >= 3 else { throw .invalidSetting(name: "trendLength", value: trendLength, minimum: 3) }
        guard shiftLength >= 3 else { throw .invalidSetting(name: "shiftLength", value: shiftLength, minimum: 3) }
    }
}
