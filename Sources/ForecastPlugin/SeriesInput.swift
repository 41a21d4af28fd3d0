/// One series in a ``ForecastRequest``: its history and the calendar around it.
public struct SeriesInput: Sendable, Hashable, Codable {
    /// Identifier the response must echo, unique within the request.
    public var id: String
    /// Label of the first observed period: an ISO week ("2023-W47") or a month ("2023-01").
    public var start: String
    /// Observations, oldest first; finite and ≥ 0.
    public var values: [Double]
    /// Calendar covariates for every period of the history followed by every period of the horizon.
    public var calendar: CalendarCovariates

    /// Creates a series.
    public init(id: String, start: String, values: [Double], calendar: CalendarCovariates) {
        self.id = id
        self.start = start
        self.values = values
        self.calendar = calendar
    }
}

/// Calendar facts per period, covering the history and then the horizon (`values.count + horizon` entries).
public struct CalendarCovariates: Sendable, Hashable, Codable {
    /// Swedish working days in the period (0–5 for a week, 0–23 for a month).
    public var workingDays: [Int]
    /// Why the period is a low-production period ("summer", "christmasAndNewYear", "easter", "winterBreak",
    /// "other"), or nil for a normal period.
    public var lowProduction: [String?]

    /// Creates covariates.
    public init(workingDays: [Int], lowProduction: [String?]) {
        self.workingDays = workingDays
        self.lowProduction = lowProduction
    }
}
