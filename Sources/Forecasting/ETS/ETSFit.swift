import Foundation

/// A fitted ETS model: parameters, final states (in the data's units) and fit statistics.
struct ETSFit: Sendable {
    /// The model.
    var spec: ETSSpec
    /// Season length used (1 without season).
    var seasonLength: Int
    /// Smoothing parameter of the level.
    var alpha: Double
    /// Smoothing parameter of the slope, state-space form (β = β*·α); 0 without trend.
    var beta: Double
    /// Smoothing parameter of the season, state-space form; 0 without season.
    var gamma: Double
    /// Damping; 1 when not damped.
    var phi: Double
    /// Level after the last observation.
    var level: Double
    /// Slope after the last observation.
    var slope: Double
    /// Seasonal states by cycle position (`seasonal[t % m]` for period `t`).
    var seasonal: [Double]
    /// Initial states in data units: level, slope, then the seasonal states by cycle position.
    var initialStates: [Double] = []
    /// Number of observations fitted.
    var count: Int
    /// Innovation variance: in data units² for additive error, relative for multiplicative error.
    var sigma2: Double
    /// −2 log-likelihood (Gaussian, in the data's units).
    var minusTwoLogLikelihood: Double
    /// Estimated parameters including initial states, plus one for σ.
    var parameterCount: Int
    /// Corrected Akaike criterion (`+infinity` when there are too few observations for it).
    var aicc: Double

    /// The recursion with the fitted parameters.
    var recursion: ETSRecursion {
        ETSRecursion(
            error: spec.error, trend: spec.trend, season: spec.season, seasonLength: seasonLength,
            alpha: alpha, betaStar: alpha > 0 ? beta / alpha : 0, gamma: gamma, phi: phi)
    }

    /// Point forecasts for `horizon` periods after the data.
    func pointForecasts(horizon: Int) -> [Double] {
        recursion.pointForecasts(
            level: level, slope: slope, seasonal: seasonal, seasonStart: count % seasonLength, horizon: horizon)
    }

    /// Forecast variance per step where Hyndman et al. (2008, ch. 6) give it in closed form, nil otherwise.
    ///
    /// Class 1 (additive error, no multiplicative season): σ²(1 + Σ_{j<h} c_j²) with
    /// c_j = α + β·φ_j + γ·[j ≡ 0 mod m], φ_j = φ + … + φ^j. Class 2 (multiplicative error, no multiplicative
    /// season): (1 + σ²)θ_h − μ_h² with θ_1 = μ_1², θ_h = μ_h² + σ² Σ_{j<h} c_j² θ_{h−j}. As `forecast::ets`.
    func analyticVariances(horizon: Int, mean: [Double]) -> [Double]? {
        guard spec.season != .multiplicative, horizon > 0 else { return horizon > 0 ? nil : [] }
        var c = [Double](repeating: 0, count: horizon)  // c[j] for j = 1 ..< horizon
        var phiSum = 0.0
        var phiPower = 1.0
        for j in 1..<max(1, horizon) {
            var value = alpha
            if spec.trend != .none {
                phiPower *= phi
                phiSum += phiPower
                value += beta * phiSum
            }
            if spec.season != .none && j % seasonLength == 0 { value += gamma }
            c[j] = value * value
        }
        var result = [Double](repeating: sigma2, count: horizon)
        if spec.error == .additive {
            var cumulative = 0.0
            for h in 1..<horizon {
                cumulative += c[h]
                result[h] = sigma2 * (1 + cumulative)
            }
            return result
        }
        var theta = [Double](repeating: 0, count: horizon)
        for h in 0..<horizon {
            var sum = 0.0
            for j in stride(from: 1, through: h, by: 1) { sum += c[j] * theta[h - j] }
            theta[h] = mean[h] * mean[h] + sigma2 * sum
            result[h] = max(0, (1 + sigma2) * theta[h] - mean[h] * mean[h])
        }
        return result
    }

    /// Named parameters for `ModelForecast.parameters`: every model reports alpha, beta, gamma, phi (0, 0, 1 for
    /// absent components), sigma and, when defined, aicc.
    var parameterDictionary: [String: Double] {
        var result: [String: Double] = [
            "alpha": alpha, "beta": beta, "gamma": gamma, "phi": phi, "sigma": sigma2.squareRoot(),
        ]
        if aicc.isFinite { result["aicc"] = aicc }
        return result
    }
}
