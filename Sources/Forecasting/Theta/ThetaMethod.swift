import Foundation

/// The standard Theta method (Assimakopoulos & Nikolopoulos 2000) in the SES-with-drift form of Hyndman &
/// Billah (2003), as R's `forecast::thetaf` implements it for the M3 competition.
///
/// 1. Seasonality test: autocorrelation at lag m at the 90 % level (`SeasonalityTest`), for m ≥ 2 and n > 2m.
/// 2. If seasonal, a classical multiplicative decomposition; the series is divided by its seasonal figure (a
///    figure with an index below 1e-4, e.g. a season of zeros, turns the seasonal step off).
/// 3. Simple exponential smoothing (ETS(A,N,N) by maximum likelihood) of the adjusted series, plus a drift of half
///    the least-squares slope b: ŷ_{n+h} = ℓ_n + (b/2)(h − 1 + (1 − (1 − α)^n)/α).
/// 4. Reseasonalised forecasts; normal intervals from the SES state-space variance σ²(1 + (h − 1)α²), scaled by the
///    seasonal index of the period (`thetaf` leaves them unscaled, which makes them too narrow in peak seasons).
///
/// Needs three observations; all values are truncated at 0.
public struct ThetaMethod: ForecastMethod {
    /// "theta".
    public let id = "theta"
    /// Implementation version.
    public let version = "1"

    /// Creates the method.
    public init() {}

    /// Fits the method to `series` and forecasts `horizon` periods.
    public func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? {
        let y = series.values
        let n = y.count
        guard n >= 3, y.allSatisfy(\.isFinite) else { return nil }
        let m = series.frequency.seasonLength
        var figure: [Double]?
        if SeasonalityTest.isSeasonal(y, seasonLength: m),
            let decomposition = ClassicalDecomposition(y, seasonLength: m, multiplicative: true),
            decomposition.figure.allSatisfy({ $0 >= 1e-4 })
        {
            figure = decomposition.figure
        }
        var adjusted = y
        if let figure {
            for t in 0..<n { adjusted[t] /= figure[t % m] }
        }
        guard let ses = ETSFitter().fit(adjusted, spec: .simple, seasonLength: 1) else { return nil }
        let alpha = max(ses.alpha, 1e-10)
        let drift = Self.leastSquaresSlope(adjusted) / 2
        let h = max(0, horizon)
        let offset = (1 - pow(1 - alpha, Double(n))) / alpha
        let sigma = ses.sigma2.isFinite && ses.sigma2 > 0 ? ses.sigma2.squareRoot() : 0
        var mean = [Double](repeating: 0, count: h)
        var standardDeviation = [Double](repeating: 0, count: h)
        for j in 0..<h {
            let index = figure.map { $0[(n + j) % m] } ?? 1
            mean[j] = (ses.level + drift * (Double(j) + offset)) * index
            standardDeviation[j] = sigma * (Double(j) * alpha * alpha + 1).squareRoot() * index
        }
        let point = QuantileBuilder.sanitizedMean(mean)
        let paths = QuantileBuilder.normal(mean: mean, standardDeviation: standardDeviation, levels: quantiles)
        let model = figure == nil ? "Theta" : "Theta (säsong \(m))"
        let parameters: [String: Double] = [
            "alpha": alpha, "drift": drift, "theta": 2, "sigma": sigma, "seasonal": figure == nil ? 0 : 1,
        ]
        return ModelForecast(mean: point, quantiles: paths, model: model, parameters: parameters)
    }

    /// Least-squares slope of `y` against 0, 1, …, n − 1 (0 for fewer than two points).
    static func leastSquaresSlope(_ y: [Double]) -> Double {
        let n = y.count
        guard n >= 2 else { return 0 }
        let meanX = Double(n - 1) / 2
        var meanY = 0.0
        for value in y { meanY += value }
        meanY /= Double(n)
        var sxy = 0.0
        var sxx = 0.0
        for (t, value) in y.enumerated() {
            let dx = Double(t) - meanX
            sxy += dx * (value - meanY)
            sxx += dx * dx
        }
        let slope = sxy / sxx
        return slope.isFinite ? slope : 0
    }
}
