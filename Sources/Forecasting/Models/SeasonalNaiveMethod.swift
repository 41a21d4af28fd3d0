import PlanningDomain

/// Last year's value for the same period: the same ISO week number for weekly series (week 53 takes week 52's
/// value), the same month for monthly series. Intervals from the in-sample seasonal differences, widening with
/// the number of years ahead. Falls back to ``NaiveMethod`` when the series is shorter than one season.
public struct SeasonalNaiveMethod: ForecastMethod {
    /// "snaive".
    public var id: String { "snaive" }
    /// Implementation version.
    public var version: String { "1" }

    /// Creates the method.
    public init() {}

    /// Forecasts last year's same-period values; nil only for an empty series.
    public func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? {
        let values = ForecastSupport.values(of: series)
        let season = series.frequency.seasonLength
        guard values.count >= season else {
            return NaiveMethod().forecast(series, horizon: horizon, quantiles: quantiles)
        }
        let steps = max(0, horizon)
        let sources: (inSample: [Int?], future: [Int])
        if case .week(let first) = series.start {
            sources = Self.weekSources(first: first, count: values.count, horizon: steps)
        } else {
            sources = Self.lagSources(count: values.count, horizon: steps, season: season)
        }
        var errors: [Double] = []
        for (index, source) in sources.inSample.enumerated() {
            if let source { errors.append(values[index] - values[source]) }
        }
        let sigma = ForecastSupport.rootMeanSquare(errors)
        let mean = sources.future.map { values[$0] }
        let sd = (0..<steps).map { sigma * Double($0 / season + 1).squareRoot() }
        return ForecastSupport.normal(
            mean: mean, sd: sd, levels: quantiles, model: "Säsongsnaiv (\(season))",
            parameters: ["season": Double(season), "sigma": sigma])
    }

    /// Sources by ISO week number. In sample: the previous occurrence of the same (folded) week number; in the
    /// future: the latest observed occurrence, or the plain 52-week lag if that number was never observed.
    static func weekSources(first: ISOWeek, count: Int, horizon: Int) -> (inSample: [Int?], future: [Int]) {
        let weeks = WeekSequence.numbers(from: first, count: count + horizon)
        var latest = [Int?](repeating: nil, count: 53)
        var inSample: [Int?] = []
        inSample.reserveCapacity(count)
        for index in 0..<count {
            let number = weeks[index]
            let folded = min(number, 52)
            inSample.append(latest[folded])
            // Week 53 is only a stand-in for week 52 when nothing better exists, so it never overwrites it.
            if number <= 52 || latest[52] == nil { latest[number <= 52 ? number : 52] = index }
        }
        var future: [Int] = []
        future.reserveCapacity(horizon)
        for step in 0..<horizon {
            let folded = min(weeks[count + step], 52)
            let lag = count - 52 + step % 52
            future.append(latest[folded] ?? min(max(0, lag), count - 1))
        }
        return (inSample, future)
    }

    /// Sources by a fixed lag of `season` periods (monthly series, or series without a calendar).
    static func lagSources(count: Int, horizon: Int, season: Int) -> (inSample: [Int?], future: [Int]) {
        let inSample = (0..<count).map { $0 >= season ? $0 - season : nil }
        let future = (0..<horizon).map { count - season + $0 % season }
        return (inSample, future)
    }
}
