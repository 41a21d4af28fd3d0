/// One value per planned week for one code (a planning object, or a unit–resource pair), aligned to the grid's
/// start week: e.g. forecast mean inflow per week.
public struct WeeklySeries: Sendable, Hashable {
    /// The planning object's (or other owner's) code.
    public var code: String
    /// Values per week, the first for the grid's start week.
    public var values: [Double]

    /// Creates a series.
    public init(code: String, values: [Double]) {
        self.code = code
        self.values = values
    }
}
