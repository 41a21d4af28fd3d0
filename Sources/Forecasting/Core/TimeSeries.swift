public import PlanningDomain

/// How often a series is observed.
public enum SeriesFrequency: String, Sendable, Codable, CaseIterable {
    /// One value per ISO week.
    case weekly
    /// One value per calendar month.
    case monthly

    /// The length of the yearly season in periods: 52 for weeks (week 53 is folded onto 52), 12 for months.
    public var seasonLength: Int {
        switch self {
        case .weekly: 52
        case .monthly: 12
        }
    }
}

/// Where a series starts, so models that know the calendar can place every period.
public enum SeriesStart: Sendable, Hashable, Codable {
    /// A weekly series starting with this ISO week.
    case week(ISOWeek)
    /// A monthly series starting with this month.
    case month(YearMonth)
    /// A series with no calendar (tests, benchmark data): period numbers only.
    case index(Int)
}

/// A univariate series of non-negative counts (e.g. weekly inflow of a planning object).
public struct TimeSeries: Sendable, Hashable {
    /// Observations, oldest first. Finite; counts are ≥ 0.
    public var values: [Double]
    /// Weekly or monthly.
    public var frequency: SeriesFrequency
    /// The first period.
    public var start: SeriesStart

    /// Creates a series.
    public init(values: [Double], frequency: SeriesFrequency, start: SeriesStart) {
        self.values = values
        self.frequency = frequency
        self.start = start
    }

    /// Number of observations.
    public var count: Int { values.count }

    /// The first `length` observations (for rolling-origin backtests).
    public func prefix(_ length: Int) -> TimeSeries {
        TimeSeries(values: Array(values.prefix(length)), frequency: frequency, start: start)
    }

    /// The ISO week of period `offset` (0 = first observation; may lie beyond the end), for weekly series.
    public func week(at offset: Int) -> ISOWeek? {
        guard case .week(let first) = start else { return nil }
        return first.adding(weeks: offset)
    }

    /// The month of period `offset`, for monthly series.
    public func month(at offset: Int) -> YearMonth? {
        guard case .month(let first) = start else { return nil }
        return first.adding(months: offset)
    }
}
