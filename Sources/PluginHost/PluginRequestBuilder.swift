public import ForecastPlugin
public import Forecasting
public import PlanningDomain

/// Turns engine series into protocol series, with the Swedish calendar as covariates for history and horizon.
public struct PluginRequestBuilder: Sendable {
    /// Working days and holidays.
    public var calendar: SwedishCalendar
    /// The region's low-production weeks.
    public var lowProduction: LowProductionCalendar

    /// Creates a builder.
    public init(calendar: SwedishCalendar = SwedishCalendar(), lowProduction: LowProductionCalendar = .standard) {
        self.calendar = calendar
        self.lowProduction = lowProduction
    }

    /// The protocol frequency of an engine frequency.
    public static func frequency(_ frequency: SeriesFrequency) -> PluginFrequency {
        switch frequency {
        case .weekly: .weekly
        case .monthly: .monthly
        }
    }

    /// The protocol form of `series`, or nil when it has no calendar start (`.index`) or does not match its
    /// frequency: plugins always get real period labels.
    ///
    /// Weekly periods carry working days (0–5) and the low-production reason; monthly periods carry working
    /// days and no low-production reason (low production is planned per week).
    public func input(id: String, series: TimeSeries, horizon: Int) -> SeriesInput? {
        let periods = series.count + max(0, horizon)
        switch (series.frequency, series.start) {
        case let (.weekly, .week(first)):
            let weeks = (0..<periods).map { first.adding(weeks: $0) }
            let covariates = CalendarCovariates(
                workingDays: weeks.map { calendar.workingDays(in: $0) },
                lowProduction: weeks.map { lowProduction.reason(for: $0)?.rawValue })
            return SeriesInput(id: id, start: first.description, values: series.values, calendar: covariates)
        case let (.monthly, .month(first)):
            let months = (0..<periods).map { first.adding(months: $0) }
            let covariates = CalendarCovariates(
                workingDays: months.map { month in month.dates.count { calendar.isWorkingDay($0) } },
                lowProduction: months.map { _ in nil })
            return SeriesInput(id: id, start: first.description, values: series.values, calendar: covariates)
        default:
            return nil
        }
    }
}
