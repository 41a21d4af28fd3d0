import Foundation

/// The fitted Swedish weekly model (see ``SwedishWeeklyMethod``): on a variance-stabilised scale,
/// z_t = x_tᵀβ + ℓ_t + ε_t, where x_t holds the calendar regressors and ℓ_t is a local level that follows the
/// regression residuals by simple exponential smoothing.
struct SwedishWeeklyFit {
    /// Candidate relative ridge penalties; the fit picks one by AICc with effective degrees of freedom.
    static let ridgeGrid: [Double] = [1e-6, 1e-2, 1e-1, 1]
    /// Upper bound on the number of Fourier harmonics tried (a 52-week season resolves about 3-week features
    /// with 8 harmonics; holiday dips are carried by the indicator regressors, not by harmonics).
    static let maximumHarmonics = 8

    var transform: VarianceStabilizer
    var harmonics: Int
    var lambda: Double
    var activeReasons: [Int]
    var beta: [Double]
    var alpha: Double
    var finalLevel: Double
    var sigma: Double
    var aicc: Double

    /// Fits the model to `values` (the first `values.count` weeks of `features`); nil if the regression is
    /// degenerate.
    ///
    /// 1. For each transform, harmonics K = 1…8 and penalty λ in ``ridgeGrid``, a ridge regression of the
    ///    transformed series on the calendar regressors; the triple with the lowest AICc on the count scale
    ///    (log-likelihood corrected by the transform's Jacobian) wins.
    /// 2. Two backfitting passes: smooth the regression residuals with SES (weight by least squares on [0, 1]),
    ///    then refit the regression on the series minus the smoothed level, and smooth again.
    static func fit(values: [Double], features: SwedishWeekFeatures, columns: [[Double]]) -> Self? {
        let n = values.count
        let activeReasons = Self.activeReasons(features: features, count: n)
        let base = 2 + activeReasons.count
        let available = min(maximumHarmonics, (columns.count - base) / 2)
        guard available >= 1 else { return nil }
        let system = RidgeSystem(columns: Array(columns.prefix(base + 2 * available)), rows: n)
        let factors = ridgeGrid.map { system.factor(lambda: $0) }
        // Effective degrees of freedom depend on the penalty and the size, not on the target.
        let freedom = factors.map { factor in
            (0...available).map { factor?.degreesOfFreedom(size: base + 2 * $0) ?? .infinity }
        }
        let targets = VarianceStabilizer.allCases.map { transform in
            let z = values.map(transform.forward)
            return (
                transform: transform, z: z, crossProduct: system.crossProduct(z),
                squares: z.reduce(0) { $0 + $1 * $1 }, jacobian: values.reduce(0) { $0 + transform.logJacobian($1) }
            )
        }
        var best: (target: Int, harmonics: Int, factor: Int, aicc: Double)?
        var scratch = [Double](repeating: 0, count: system.width)
        for (index, target) in targets.enumerated() {
            let floor = 1e-12 * (1 + target.squares)
            for harmonics in 1...available {
                let size = base + 2 * harmonics
                for (factorIndex, factor) in factors.enumerated() {
                    guard let factor else { continue }
                    let rss = max(
                        0, target.squares - factor.solve(size: size, crossProduct: target.crossProduct, into: &scratch))
                    let k = freedom[factorIndex][harmonics] + 2
                    guard Double(n) - k - 1 > 0 else { continue }
                    let aicc =
                        Double(n) * log(max(rss, floor) / Double(n)) + 2 * k
                        + 2 * k * (k + 1) / (Double(n) - k - 1) - 2 * target.jacobian
                    if aicc.isFinite, aicc < best?.aicc ?? .infinity { best = (index, harmonics, factorIndex, aicc) }
                }
            }
        }
        guard let best, let factor = factors[best.factor] else { return nil }
        let size = base + 2 * best.harmonics
        let z = targets[best.target].z
        var levels = [Double](repeating: 0, count: n)
        var beta: [Double] = []
        var smoothing = (alpha: 0.0, level: 0.0, sse: 0.0)
        for _ in 0..<2 {
            let target = zip(z, levels).map { $0 - $1 }
            beta = factor.solve(size: size, crossProduct: system.crossProduct(target))
            let residuals = (0..<n).map { t in z[t] - system.fitted(beta, row: t) }
            let alpha = ScalarMinimizer.goldenSection(lower: 0, upper: 1) { Self.smooth(residuals, alpha: $0).sse }
            smoothing = Self.smooth(residuals, alpha: alpha, levels: &levels)
        }
        let effective = factor.degreesOfFreedom(size: size) + 2
        let sigma = (smoothing.sse / max(1, Double(n) - effective)).squareRoot()
        guard sigma.isFinite, beta.allSatisfy(\.isFinite) else { return nil }
        return Self(
            transform: targets[best.target].transform, harmonics: best.harmonics, lambda: ridgeGrid[best.factor],
            activeReasons: activeReasons, beta: beta, alpha: smoothing.alpha, finalLevel: smoothing.level,
            sigma: sigma, aicc: best.aicc)
    }

    /// The transformed-scale centre and standard deviation for future week `n + step` (step = 0, 1, …).
    func center(columns: [[Double]], at t: Int) -> Double {
        Self.dot(beta, columns, row: t) + finalLevel
    }

    /// Standard deviation on the transformed scale `step` weeks ahead (1-based), as for SES: σ √(1 + (h−1)α²).
    func standardDeviation(step: Int) -> Double {
        sigma * (1 + Double(step - 1) * alpha * alpha).squareRoot()
    }

    /// Reasons with at least one week in the first `count` weeks (an indicator needs data to be estimated).
    static func activeReasons(features: SwedishWeekFeatures, count: Int) -> [Int] {
        var seen = Set<Int>()
        for index in features.reasonIndex.prefix(count) where index >= 0 { seen.insert(index) }
        return seen.sorted()
    }

    static func dot(_ beta: [Double], _ columns: [[Double]], row t: Int) -> Double {
        var sum = 0.0
        for (index, coefficient) in beta.enumerated() { sum += coefficient * columns[index][t] }
        return sum
    }

    /// SES of `residuals` from level 0: the weight, the final level and the one-step SSE.
    static func smooth(_ residuals: [Double], alpha: Double) -> (alpha: Double, level: Double, sse: Double) {
        var level = 0.0
        var sse = 0.0
        for value in residuals {
            let error = value - level
            sse += error * error
            level += alpha * error
        }
        return (alpha, level, sse)
    }

    /// SES as above, also writing the one-step predicted level for every period into `levels`.
    static func smooth(
        _ residuals: [Double], alpha: Double, levels: inout [Double]
    ) -> (alpha: Double, level: Double, sse: Double) {
        var level = 0.0
        var sse = 0.0
        for (t, value) in residuals.enumerated() {
            levels[t] = level
            let error = value - level
            sse += error * error
            level += alpha * error
        }
        return (alpha, level, sse)
    }
}
