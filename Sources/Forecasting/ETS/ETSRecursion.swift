import Foundation

/// The ETS filter (the `etscalc` recursion of `forecast::ets`), written over raw buffers so a likelihood
/// evaluation allocates nothing.
///
/// Seasonal states live in a ring indexed by position in the cycle: `season[t % m]` is the state used for
/// observation `t` and is overwritten by its update. `betaStar` is β/α (Holt's β*), `gamma` the state-space γ.
struct ETSRecursion {
    var error: ETSSpec.Error
    var trend: ETSSpec.Trend
    var season: ETSSpec.Season
    var seasonLength: Int
    var alpha: Double
    var betaStar: Double
    var gamma: Double
    var phi: Double

    /// Smallest one-step forecast a multiplicative-error model accepts (data are scaled to mean 1 when fitted).
    static let minimumForecast = 1e-8

    /// Sums of a filter pass: squared errors and the log-forecast term of the multiplicative likelihood.
    struct Sums {
        var squaredErrors: Double
        var logForecasts: Double
    }

    /// Runs the filter over `y`, updating `level`, `slope` and the `seasonal` ring to the final states.
    /// Returns nil when a forecast becomes non-finite, or non-positive under multiplicative error.
    ///
    /// The loop carries q = ℓ + φb (the next level forecast) and φb instead of ℓ and b: with the level innovation
    /// d, q' = q + φ·φb + (α + φβ)·d and φb' = φ·φb + φβ·d. That is algebraically the `etscalc` update but
    /// halves the chain of dependent floating-point operations per step, which bounds the speed of this loop.
    func run(
        _ y: UnsafeBufferPointer<Double>, level: inout Double, slope: inout Double,
        seasonal: UnsafeMutableBufferPointer<Double>
    ) -> Sums? {
        let hasTrend = trend != .none
        let damping = hasTrend ? phi : 0
        let beta = hasTrend ? betaStar * alpha : 0
        let levelGain = alpha + damping * beta
        let slopeGain = damping * beta
        let seasonKind = season
        let multiplicativeError = error == .multiplicative
        let m = seasonLength
        var phib = damping * (hasTrend ? slope : 0)
        var q = level + phib
        var sse = 0.0
        var logSum = 0.0
        // Product of forecasts, folded into the log sum when it drifts: one log per many steps instead of one each.
        var product = 1.0
        var index = 0
        for t in 0..<y.count {
            let observed = y[t]
            let forecast: Double
            let innovation: Double
            switch seasonKind {
            case .none:
                forecast = q
                innovation = observed - q
            case .additive:
                let s = seasonal[index]
                forecast = q + s
                innovation = observed - forecast
                seasonal[index] = s + gamma * innovation
            case .multiplicative:
                let s = seasonal[index]
                forecast = q * s
                innovation = (abs(s) < 1e-10 ? 1e10 : observed / s) - q
                let ratio = abs(q) < 1e-10 ? 1e10 : observed / q
                seasonal[index] = s + gamma * (ratio - s)
            }
            if seasonKind != .none {
                index += 1
                if index == m { index = 0 }
            }
            let e: Double
            if multiplicativeError {
                guard forecast > Self.minimumForecast else { return nil }
                e = (observed - forecast) / forecast
                product *= forecast
                if product > 1e150 || product < 1e-150 {
                    logSum += log(product)
                    product = 1
                }
            } else {
                e = observed - forecast
            }
            sse += e * e
            let carried = damping * phib
            q = q + carried + levelGain * innovation
            phib = carried + slopeGain * innovation
        }
        if multiplicativeError { logSum += log(product) }
        guard sse.isFinite, logSum.isFinite, q.isFinite, phib.isFinite else { return nil }
        // Back from (q, φb) after the last step to the states ℓ_n and b_n.
        level = q - phib
        slope = hasTrend ? phib / damping : 0
        return Sums(squaredErrors: sse, logForecasts: logSum)
    }

    /// The `h`-step point forecasts from final states, for `seasonal` rotated so `seasonal[(start + i) % m]`
    /// belongs to step `i`.
    func pointForecasts(
        level: Double, slope: Double, seasonal: [Double], seasonStart: Int, horizon: Int
    ) -> [Double] {
        var result = [Double](repeating: 0, count: max(0, horizon))
        var trendSum = 0.0
        var phiPower = 1.0
        for i in 0..<result.count {
            if trend != .none {
                phiPower *= phi
                trendSum += phiPower
            }
            let q = level + trendSum * slope
            switch season {
            case .none: result[i] = q
            case .additive: result[i] = q + seasonal[(seasonStart + i) % seasonLength]
            case .multiplicative: result[i] = q * seasonal[(seasonStart + i) % seasonLength]
            }
        }
        return result
    }
}
