/// Where each ETS parameter sits in the optimiser's vector, its bounds and starting value.
///
/// Order: α, β*, γ*, φ (those present), initial level, initial slope, seasonal states 1 … m−1 (when optimised).
/// Starting values follow `forecast::ets` (`initparam`): α = 0.2/m of its range, β = 0.1 α, γ = 0.05 (1 − α),
/// φ = 0.978.
struct ETSParameterLayout: Sendable {
    /// Bounds of the smoothing parameters (α, β*, γ*).
    static let smoothingBounds = (lower: 1e-4, upper: 0.9999)
    /// Bounds of the damping parameter.
    static let phiBounds = (lower: 0.8, upper: 0.98)

    let spec: ETSSpec
    let seasonLength: Int
    let optimiseSeason: Bool
    /// Whether the initial states are solved by least squares instead of searched (`ETSRecursion.concentrated`,
    /// `ETSSeasonalConcentration`): additive error without multiplicative season.
    let concentrateStates: Bool
    let betaIndex: Int
    let gammaIndex: Int
    let phiIndex: Int
    let levelIndex: Int
    let slopeIndex: Int
    let seasonIndex: Int
    let dimension: Int

    /// Lays out the parameters of `spec`.
    init(spec: ETSSpec, seasonLength: Int, optimiseSeason: Bool) {
        self.spec = spec
        self.seasonLength = seasonLength
        self.optimiseSeason = optimiseSeason
        concentrateStates = spec.error == .additive && spec.season != .multiplicative
        var next = 1
        func take(_ present: Bool, _ width: Int = 1) -> Int {
            guard present else { return -1 }
            defer { next += width }
            return next
        }
        betaIndex = take(spec.trend != .none)
        gammaIndex = take(spec.season != .none)
        phiIndex = take(spec.damped)
        levelIndex = take(!concentrateStates)
        slopeIndex = take(spec.trend != .none && !concentrateStates)
        seasonIndex = take(optimiseSeason && !concentrateStates, seasonLength - 1)
        dimension = next
    }

    /// Parameters estimated from the data, initial states included (fixed heuristic seasonal states count too).
    var estimatedCount: Int {
        spec.smoothingParameterCount + (spec.trend == .none ? 1 : 2) + (spec.season == .none ? 0 : seasonLength - 1)
    }

    /// Starting point, bounds and initial simplex steps; from `hint` (a fit of a related model, states divided by
    /// `scale`) when given, with half the steps.
    func start(_ initial: ETSInitialStates, hint: ETSFit? = nil, scale: Double = 1)
        -> (point: [Double], lower: [Double], upper: [Double], steps: [Double])
    {
        let (low, high) = Self.smoothingBounds
        var point = [Double](repeating: 0, count: dimension)
        var lower = [Double](repeating: -.infinity, count: dimension)
        var upper = [Double](repeating: .infinity, count: dimension)
        var steps = [Double](repeating: 0.1, count: dimension)
        let period = spec.season == .none ? 1.0 : Double(seasonLength)
        point[0] = low + 0.2 * (high - low) / period
        lower[0] = low
        upper[0] = high
        for index in [betaIndex, gammaIndex] where index >= 0 {
            point[index] = index == betaIndex ? 0.1 : 0.05
            lower[index] = low
            upper[index] = high
        }
        if phiIndex >= 0 {
            point[phiIndex] = Self.phiBounds.lower + 0.99 * (Self.phiBounds.upper - Self.phiBounds.lower)
            lower[phiIndex] = Self.phiBounds.lower
            upper[phiIndex] = Self.phiBounds.upper
            steps[phiIndex] = 0.05
        }
        if levelIndex >= 0 {
            point[levelIndex] = initial.level
            steps[levelIndex] = 0.1 * max(abs(initial.level), 0.1)
        }
        if slopeIndex >= 0 {
            point[slopeIndex] = initial.slope
            steps[slopeIndex] = max(0.1 * abs(initial.slope), 0.01)
        }
        if seasonIndex >= 0 {
            for k in 1..<seasonLength {
                point[seasonIndex + k - 1] = initial.seasonal[k]
                steps[seasonIndex + k - 1] = 0.05
                if spec.season == .multiplicative { lower[seasonIndex + k - 1] = 1e-2 }
            }
        }
        if let hint { apply(hint, scale: scale, to: &point, steps: &steps, lower: lower, upper: upper) }
        return (point, lower, upper, steps)
    }

    private func apply(
        _ hint: ETSFit, scale: Double, to point: inout [Double], steps: inout [Double], lower: [Double], upper: [Double]
    ) {
        func set(_ index: Int, _ value: Double) {
            guard index >= 0, value.isFinite else { return }
            point[index] = min(max(value, lower[index]), upper[index])
        }
        set(0, hint.alpha)
        if hint.alpha > 0 { set(betaIndex, hint.beta / hint.alpha) }
        if hint.alpha < 1 { set(gammaIndex, hint.gamma / (1 - hint.alpha)) }
        set(phiIndex, hint.phi)
        if hint.initialStates.count >= 2 {
            set(levelIndex, hint.initialStates[0] / scale)
            set(slopeIndex, hint.initialStates[1] / scale)
        }
        if seasonIndex >= 0 && spec.season == .additive && hint.spec.season == .additive
            && hint.initialStates.count == 2 + seasonLength
        {
            for k in 1..<seasonLength { set(seasonIndex + k - 1, hint.initialStates[2 + k] / scale) }
        }
        for i in steps.indices { steps[i] *= 0.5 }
    }

    /// The recursion for parameter vector `p`.
    func recursion(_ p: UnsafeBufferPointer<Double>) -> ETSRecursion {
        let alpha = p[0]
        return ETSRecursion(
            error: spec.error, trend: spec.trend, season: spec.season, seasonLength: seasonLength, alpha: alpha,
            betaStar: betaIndex >= 0 ? p[betaIndex] : 0,
            gamma: gammaIndex >= 0 ? p[gammaIndex] * (1 - alpha) : 0,
            phi: phiIndex >= 0 ? p[phiIndex] : 1)
    }

    /// Loads the initial states of `p` (or the fixed seasonal states) into `level`, `slope` and `ring`; false when
    /// the normalising seasonal state is not positive in a multiplicative season. Concentrated states are not in
    /// `p`: `level` and `slope` are left alone and `fixedSeasonal` is loaded.
    func loadStates(
        _ p: UnsafeBufferPointer<Double>, fixedSeasonal: [Double], into ring: UnsafeMutableBufferPointer<Double>,
        level: inout Double, slope: inout Double
    ) -> Bool {
        if levelIndex >= 0 { level = p[levelIndex] }
        if slopeIndex >= 0 { slope = p[slopeIndex] }
        guard spec.season != .none else { return true }
        if seasonIndex >= 0 {
            var sum = 0.0
            for k in 1..<seasonLength {
                ring[k] = p[seasonIndex + k - 1]
                sum += ring[k]
            }
            if spec.season == .multiplicative {
                ring[0] = Double(seasonLength) - sum
                return ring[0] > 1e-2
            }
            ring[0] = -sum
        } else {
            for k in 0..<seasonLength { ring[k] = fixedSeasonal[k] }
        }
        return true
    }
}
