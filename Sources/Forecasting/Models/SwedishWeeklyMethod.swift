public import PlanningDomain

/// A weekly model that knows the Swedish calendar, because weekly healthcare inflow is driven by it.
///
/// On a variance-stabilised scale (log(1 + y) or √(y + 3/8), chosen by AICc on the count scale) the series is
/// regressed on:
/// - a smooth week-of-year profile: K Fourier pairs of the position of the week's Thursday in its year;
/// - the share of the week's five weekdays that are working days, minus one (Easter, Ascension, national day,
///   midsummer, Christmas and New Year move with the date; `SwedishCalendar` knows them);
/// - one indicator per low-production reason of the region's `LowProductionCalendar` (summer, Christmas and
///   New Year, Easter, sportlov, …) that occurs in the data;
/// with a relative ridge penalty. K ∈ 1…8 and the penalty (from a fixed grid) are chosen by AICc with the
/// effective degrees of freedom of the ridge fit — no hand-set effect sizes. A local level follows the
/// regression residuals by simple exponential smoothing (weight fitted by least squares; two backfitting
/// passes), so level shifts and slow trends are tracked and extrapolated flat.
///
/// Intervals are normal on the transformed scale with SES variance growth σ²(1 + (h − 1)α²), mapped back
/// through the inverse transform, so they are skewed, non-negative and ordered. The mean is the
/// back-transformed normal mean.
///
/// Applies to weekly series with an ISO-week start and at least ``minimumLength`` weeks; otherwise nil.
public struct SwedishWeeklyMethod: ForecastMethod {
    /// "swedish-weekly".
    public var id: String { "swedish-weekly" }
    /// Implementation version.
    public var version: String { "1" }
    /// One year plus four weeks, so every week of the year has been seen once and the level has data.
    public static let minimumLength = 56
    /// The region's low-production weeks.
    public var lowProduction: LowProductionCalendar

    /// Creates the method for a region's low-production calendar.
    public init(lowProduction: LowProductionCalendar = .standard) {
        self.lowProduction = lowProduction
    }

    /// Forecasts a weekly series; nil for monthly series, series without ISO weeks and short series.
    public func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? {
        guard case .week(let first) = series.start, series.frequency == .weekly,
            series.count >= Self.minimumLength
        else { return nil }
        let features = SwedishWeekFeatures(
            first: first, count: series.count + max(0, horizon), lowProduction: lowProduction)
        return forecast(series, horizon: horizon, quantiles: quantiles, features: features)
    }

    /// Forecasts many series, computing the calendar features once per distinct start week.
    public func forecast(batch: [TimeSeries], horizon: Int, quantiles: [Double]) -> [ModelForecast?] {
        var longest: [ISOWeek: Int] = [:]
        for series in batch {
            guard case .week(let first) = series.start else { continue }
            longest[first] = max(longest[first] ?? 0, series.count + max(0, horizon))
        }
        var cache: [ISOWeek: SwedishWeekFeatures] = [:]
        return batch.map { series in
            guard case .week(let first) = series.start, series.frequency == .weekly,
                series.count >= Self.minimumLength, let count = longest[first]
            else { return nil }
            let features =
                cache[first] ?? SwedishWeekFeatures(first: first, count: count, lowProduction: lowProduction)
            cache[first] = features
            return forecast(series, horizon: horizon, quantiles: quantiles, features: features)
        }
    }

    private func forecast(
        _ series: TimeSeries, horizon: Int, quantiles: [Double], features: SwedishWeekFeatures
    ) -> ModelForecast? {
        let values = ForecastSupport.values(of: series)
        let n = values.count
        let steps = max(0, horizon)
        let active = SwedishWeeklyFit.activeReasons(features: features, count: n)
        let columns = features.columns(
            count: n + steps, activeReasons: active, harmonics: SwedishWeeklyFit.maximumHarmonics)
        guard let fit = SwedishWeeklyFit.fit(values: values, features: features, columns: columns) else {
            return nil
        }
        let centers = (0..<steps).map { fit.center(columns: columns, at: n + $0) }
        let deviations = (0..<steps).map { fit.standardDeviation(step: $0 + 1) }
        let mean = zip(centers, deviations).map { fit.transform.mean(mu: $0, sd: $1) }
        let paths = ForecastSupport.levels(quantiles).map { level in
            let z = StandardNormal.quantile(level)
            return QuantilePath(
                level: level, values: zip(centers, deviations).map { fit.transform.inverse($0 + z * $1) })
        }
        var parameters: [String: Double] = [
            "alpha": fit.alpha, "harmonics": Double(fit.harmonics), "ridge": fit.lambda, "sigma": fit.sigma,
            "workingDays": fit.beta[1], "aicc": fit.aicc,
        ]
        for (offset, reason) in fit.activeReasons.enumerated() {
            parameters["lowProduction." + features.reasons[reason].rawValue] = fit.beta[2 + offset]
        }
        let model = "Svensk veckomodell (\(fit.transform.name), K=\(fit.harmonics))"
        return ForecastSupport.finalize(
            ModelForecast(mean: mean, quantiles: paths, model: model, parameters: parameters))
    }
}
