/// Exponential smoothing state-space models (ETS, Hyndman et al. 2008), as R's `forecast::ets` and
/// statsforecast's `AutoETS` fit them: parameters and initial states by maximum likelihood, and — for the
/// automatic method — the model with the smallest AICc.
///
/// Automatic selection considers error A/M × trend N/A/Ad × season N/A/M, except additive error with
/// multiplicative season (unstable, excluded by `forecast::ets` too) and multiplicative trend (never). Models with
/// a multiplicative component need strictly positive data, so a series with a zero gets additive models only.
/// Seasonal models need season length ≥ 2 and two full seasons plus three points. For seasons longer than 24
/// (weekly data, m = 52; `forecast::ets` and statsforecast drop the season altogether there) they need
/// `minimumSeasonsForLongSeasons` full seasons (default 3) and must pass the Theta method's lag-m
/// autocorrelation test, and only the trend of the best non-seasonal model is tried with a season: 51 seasonal
/// states are slow to fit and overfit short series, so weekly yearly seasonality is mostly left to the
/// Swedish-calendar model. A model also needs at least four observations more than it has parameters (the
/// `forecast::ets` rule). If no candidate fits, SES is tried; nil means not even that applies (one point).
/// Fitting details: `ETSFitter`.
///
/// Prediction intervals: closed-form normal quantiles where Hyndman et al. give the variance (no multiplicative
/// season), quantiles of seeded simulated sample paths otherwise. Means and quantiles are truncated at 0.
public struct ETSMethod: ForecastMethod {
    /// "ets" for automatic selection, "ets-aadn" style for a fixed specification.
    public let id: String
    /// Implementation version.
    public let version = "1"
    /// The fixed model, or nil for automatic selection.
    public let spec: ETSSpec?
    /// Sample paths simulated for the intervals of nonlinear models.
    public var simulationPaths: Int
    /// Full seasons a series with a season longer than 24 needs before automatic selection tries seasonal models.
    public var minimumSeasonsForLongSeasons: Int

    /// Automatic model selection by AICc.
    public init(simulationPaths: Int = 1_000, minimumSeasonsForLongSeasons: Int = 3) {
        self.id = "ets"
        self.spec = nil
        self.simulationPaths = max(1, simulationPaths)
        self.minimumSeasonsForLongSeasons = max(2, minimumSeasonsForLongSeasons)
    }

    /// A fixed model, e.g. `ETSMethod(spec: .damped)`; returns nil forecasts when the model does not apply.
    public init(spec: ETSSpec, simulationPaths: Int = 1_000) {
        let letters = "\(spec.error.rawValue)\(spec.trend.rawValue)\(spec.damped ? "d" : "")\(spec.season.rawValue)"
        self.id = "ets-" + letters.lowercased()
        self.spec = spec
        self.simulationPaths = max(1, simulationPaths)
        self.minimumSeasonsForLongSeasons = 2
    }

    /// Simple exponential smoothing, ETS(A,N,N).
    public static let simple = ETSMethod(spec: .simple)
    /// Holt's linear trend, ETS(A,A,N).
    public static let holt = ETSMethod(spec: .holt)
    /// Damped trend, ETS(A,Ad,N).
    public static let damped = ETSMethod(spec: .damped)
    /// Additive Holt–Winters, ETS(A,A,A).
    public static let holtWintersAdditive = ETSMethod(spec: .holtWintersAdditive)
    /// Multiplicative Holt–Winters, ETS(M,A,M).
    public static let holtWintersMultiplicative = ETSMethod(spec: .holtWintersMultiplicative)

    /// Fits (or selects and fits) the model and forecasts `horizon` periods.
    public func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? {
        guard let fit = fit(series) else { return nil }
        return fit.modelForecast(horizon: horizon, levels: quantiles, paths: simulationPaths)
    }

    /// The fitted model for `series`, or nil when none applies.
    func fit(_ series: TimeSeries) -> ETSFit? {
        let y = series.values
        guard !y.isEmpty, y.allSatisfy(\.isFinite) else { return nil }
        let m = series.frequency.seasonLength
        let fitter = ETSFitter()
        if let spec {
            return fitter.fit(y, spec: spec, seasonLength: m)
        }
        var best: ETSFit?
        var additiveFits: [ETSFit] = []
        // Non-seasonal models first; with a long season only the trend of the best of them gets seasonal variants
        // (three fits instead of nine: each 52-week seasonal fit costs as much as all non-seasonal ones together).
        let all = candidates(for: y, seasonLength: m)
        let ordered = all.filter { $0.season == .none } + all.filter { $0.season != .none }
        for candidate in ordered {
            if candidate.season != .none && m > 24, let trendOfBest = best?.spec,
                trendOfBest.season == .none,
                candidate.trend != trendOfBest.trend || candidate.damped != trendOfBest.damped
            {
                continue
            }
            // Additive-error fits come first and warm-start the same model with multiplicative error.
            let hint = additiveFits.first {
                $0.spec.trend == candidate.trend && $0.spec.damped == candidate.damped
                    && $0.spec.season == candidate.season
            }
            guard let fit = fitter.fit(y, spec: candidate, seasonLength: m, hint: hint) else { continue }
            if candidate.error == .additive { additiveFits.append(fit) }
            guard fit.aicc.isFinite else { continue }
            if let current = best, current.aicc <= fit.aicc { continue }
            best = fit
        }
        return best ?? fitter.fit(y, spec: .simple, seasonLength: m)
    }

    /// The specifications automatic selection tries on `y`.
    func candidates(for y: [Double], seasonLength m: Int) -> [ETSSpec] {
        let n = y.count
        let positive = y.allSatisfy { $0 > 0 }
        let neededSeasons = m > 24 ? minimumSeasonsForLongSeasons : 2
        var seasonalAllowed = m >= 2 && n >= neededSeasons * m && n >= 2 * m + 3
        if seasonalAllowed && m > 24 { seasonalAllowed = SeasonalityTest.isSeasonal(y, seasonLength: m) }
        return ETSSpec.automaticCandidates.filter { spec in
            if spec.needsPositiveData && !positive { return false }
            if spec.season != .none && !seasonalAllowed { return false }
            let period = spec.season == .none ? 1 : m
            let layout = ETSParameterLayout(spec: spec, seasonLength: period, optimiseSeason: false)
            return n >= layout.estimatedCount + 4 && n >= ETSFitter.minimumCount(spec, seasonLength: m)
        }
    }
}
