import Foundation

/// Fits one ETS specification by maximum likelihood, as `forecast::ets` does.
///
/// The data are divided by their mean absolute value first (it leaves the likelihood ranking unchanged and gives
/// the optimiser one scale for every state). Parameters, fitted jointly by bounded Nelder–Mead (relative
/// tolerance 1e-6, at most 2,000 evaluations):
/// - α ∈ [1e-4, 0.9999]; β* = β/α and γ* = γ/(1−α) in [1e-4, 0.9999], which is the "usual" region
///   0 < β < α, 0 < γ < 1 − α of `forecast::ets` without penalty walls; φ ∈ [0.8, 0.98];
/// - the initial level and slope, starting from `ETSInitialStates`. For non-seasonal additive-error models they are
///   instead solved exactly by least squares inside each likelihood evaluation (`ETSRecursion.concentrated`);
/// - the initial seasonal states (m − 1 free, the last one normalising them) when m ≤ 24. Longer seasons (weekly
///   data) keep the heuristic seasonal states fixed: 51 more free states make the fit slow and overfit three years
///   of data. They still count as estimated parameters in AICc, since the data chose them.
///
/// A `hint` (the fit of the same model with additive error) warm-starts the search. The "admissible" (stability)
/// region check of `forecast::ets` is not applied.
struct ETSFitter: Sendable {
    /// The optimiser.
    var optimizer = NelderMead(maxEvaluations: 2_000, relativeTolerance: 1e-6)
    /// Longest season whose initial states are optimised.
    var maximumOptimisedSeasonLength = 24

    /// Fewest observations `spec` can be fitted to: 2 for SES, 3 with a trend, 4 damped, and two full seasons plus
    /// two points for a seasonal model.
    static func minimumCount(_ spec: ETSSpec, seasonLength: Int) -> Int {
        var result = spec.trend == .none ? 2 : (spec.damped ? 4 : 3)
        if spec.season != .none { result = max(result, 2 * seasonLength + 2) }
        return result
    }

    /// Fits `spec` to `y`; nil when the model does not apply (too short, non-positive data for a multiplicative
    /// component, season length < 2 for a seasonal model) or no finite likelihood was found.
    func fit(_ y: [Double], spec: ETSSpec, seasonLength: Int, hint: ETSFit? = nil) -> ETSFit? {
        let n = y.count
        if spec.season != .none && seasonLength < 2 { return nil }
        let m = spec.season == .none ? 1 : seasonLength
        guard n >= Self.minimumCount(spec, seasonLength: m), y.allSatisfy(\.isFinite) else { return nil }
        if spec.needsPositiveData && !y.allSatisfy({ $0 > 0 }) { return nil }
        var scale = 0.0
        for value in y { scale += abs(value) }
        scale /= Double(n)
        if !(scale > 1e-300) || !scale.isFinite { scale = 1 }
        let scaled = y.map { $0 / scale }
        guard let initial = ETSInitialStates(scaled, spec: spec, seasonLength: m) else { return nil }
        let layout = ETSParameterLayout(
            spec: spec, seasonLength: m, optimiseSeason: spec.season != .none && m <= maximumOptimisedSeasonLength)
        let start = layout.start(initial, hint: hint, scale: scale)
        let multiplicativeError = spec.error == .multiplicative
        let count = Double(n)
        var ring = initial.seasonal.isEmpty ? [0.0] : initial.seasonal
        let seasonalConcentration = layout.concentrateStates && spec.season == .additive
        var concentration = ETSSeasonalConcentration(
            seasonLength: seasonalConcentration ? m : 1, hasTrend: spec.trend != .none,
            freeSeasonal: seasonalConcentration && layout.optimiseSeason)

        func objective(_ sums: ETSRecursion.Sums) -> Double {
            let variance = max(sums.squaredErrors / count, 1e-20)
            return count * log(variance) + (multiplicativeError ? 2 * sums.logForecasts : 0)
        }

        let result = scaled.withUnsafeBufferPointer { yb in
            ring.withUnsafeMutableBufferPointer { seasonal in
                optimizer.minimize(initial: start.point, lower: start.lower, upper: start.upper, steps: start.steps) {
                    p in
                    let recursion = layout.recursion(p)
                    if seasonalConcentration {
                        guard let sse = concentration.solve(yb, recursion: recursion, fixedSeasonal: initial.seasonal)
                        else { return .infinity }
                        return objective(ETSRecursion.Sums(squaredErrors: sse, logForecasts: 0))
                    }
                    if layout.concentrateStates {
                        guard let states = recursion.concentrated(yb) else { return .infinity }
                        return objective(ETSRecursion.Sums(squaredErrors: states.squaredErrors, logForecasts: 0))
                    }
                    var level = 0.0
                    var slope = 0.0
                    guard
                        layout.loadStates(
                            p, fixedSeasonal: initial.seasonal, into: seasonal,
                            level: &level, slope: &slope)
                    else { return .infinity }
                    guard let sums = recursion.run(yb, level: &level, slope: &slope, seasonal: seasonal) else {
                        return .infinity
                    }
                    return objective(sums)
                }
            }
        }
        guard result.value.isFinite else { return nil }

        // Final states at the optimum.
        let recursion = result.point.withUnsafeBufferPointer { layout.recursion($0) }
        var level = 0.0
        var slope = 0.0
        var initialSeasonal = initial.seasonal
        if seasonalConcentration {
            let solved = scaled.withUnsafeBufferPointer {
                concentration.solve($0, recursion: recursion, fixedSeasonal: initial.seasonal)
            }
            guard solved != nil else { return nil }
            let x = concentration.solution
            level = x[0]
            slope = spec.trend == .none ? 0 : x[1]
            if layout.optimiseSeason {
                let first = spec.trend == .none ? 1 : 2
                var sum = 0.0
                for k in 1..<m {
                    initialSeasonal[k] = x[first + k - 1]
                    sum += x[first + k - 1]
                }
                initialSeasonal[0] = -sum
            }
        } else if layout.concentrateStates {
            guard let states = scaled.withUnsafeBufferPointer({ recursion.concentrated($0) }) else { return nil }
            level = states.level
            slope = spec.trend == .none ? 0 : states.slope
        }
        var initialStates: [Double] = []
        let sums: ETSRecursion.Sums? = scaled.withUnsafeBufferPointer { yb in
            ring.withUnsafeMutableBufferPointer { seasonal in
                let loaded = result.point.withUnsafeBufferPointer {
                    layout.loadStates($0, fixedSeasonal: initialSeasonal, into: seasonal, level: &level, slope: &slope)
                }
                guard loaded else { return nil }
                let seasonFactor = spec.season == .additive ? scale : 1
                initialStates = [level * scale, slope * scale]
                if spec.season != .none { initialStates += seasonal.map { $0 * seasonFactor } }
                return recursion.run(yb, level: &level, slope: &slope, seasonal: seasonal)
            }
        }
        guard let sums else { return nil }

        let estimated = layout.estimatedCount
        let degrees = n > estimated ? n - estimated : n
        var sigma2 = sums.squaredErrors / Double(degrees)
        if !multiplicativeError { sigma2 *= scale * scale }
        let minusTwoLogLikelihood = objective(sums) + count * (1 + log(2 * Double.pi)) + 2 * count * log(scale)
        let k = Double(estimated + 1)
        let aicc =
            count - k - 1 > 0
            ? minusTwoLogLikelihood + 2 * k + 2 * k * (k + 1) / (count - k - 1) : Double.infinity
        var seasonal = spec.season == .none ? [0.0] : ring
        if spec.season == .additive { seasonal = seasonal.map { $0 * scale } }
        let fit = ETSFit(
            spec: spec, seasonLength: m, alpha: recursion.alpha,
            beta: spec.trend == .none ? 0 : recursion.betaStar * recursion.alpha,
            gamma: spec.season == .none ? 0 : recursion.gamma, phi: spec.damped ? recursion.phi : 1,
            level: level * scale, slope: slope * scale, seasonal: seasonal, initialStates: initialStates, count: n,
            sigma2: sigma2,
            minusTwoLogLikelihood: minusTwoLogLikelihood, parameterCount: estimated + 1, aicc: aicc)
        guard sigma2.isFinite, fit.level.isFinite, fit.slope.isFinite, minusTwoLogLikelihood.isFinite else {
            return nil
        }
        return fit
    }
}
