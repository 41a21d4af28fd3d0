/// Heuristic initial states as in `forecast::ets` (`initstate`): a classical decomposition of the first (up to)
/// three seasons gives the seasonal states; a regression on the first max(10, 2m) seasonally adjusted points
/// gives level and slope (or their mean gives the level when there is no trend).
struct ETSInitialStates {
    /// Level before the first observation.
    var level: Double
    /// Slope before the first observation (0 without trend).
    var slope: Double
    /// Seasonal states by position in the cycle (`seasonal[t % m]` belongs to observation `t`); empty without
    /// season. Additive states sum to 0, multiplicative ones to m.
    var seasonal: [Double]

    /// Initial states for `spec` on `y` with season length `m`; nil when a seasonal model lacks two full
    /// seasons or the multiplicative decomposition fails.
    init?(_ y: [Double], spec: ETSSpec, seasonLength m: Int) {
        let n = y.count
        guard n >= 1 else { return nil }
        var adjusted = y
        var period = 1
        if spec.season != .none {
            let multiplicative = spec.season == .multiplicative
            let window = Array(y.prefix(min(n, 3 * m)))
            guard let decomposition = ClassicalDecomposition(window, seasonLength: m, multiplicative: multiplicative)
            else { return nil }
            var figure = decomposition.figure
            if multiplicative {
                for k in 0..<m { figure[k] = max(figure[k], 1e-2) }
                let total = figure.reduce(0, +)
                for k in 0..<m { figure[k] *= Double(m) / total }
                for t in 0..<n { adjusted[t] = y[t] / figure[t % m] }
            } else {
                for t in 0..<n { adjusted[t] = y[t] - figure[t % m] }
            }
            seasonal = figure
            period = m
        } else {
            seasonal = []
        }
        let count = min(max(10, 2 * period), n)
        if spec.trend == .none || count < 2 {
            var sum = 0.0
            for t in 0..<count { sum += adjusted[t] }
            level = sum / Double(count)
            slope = 0
        } else {
            // Least squares of adjusted[t] on t + 1 (t = 0 ..< count): the intercept is the state before y[0].
            let meanX = Double(count + 1) / 2
            var meanY = 0.0
            for t in 0..<count { meanY += adjusted[t] }
            meanY /= Double(count)
            var sxy = 0.0
            var sxx = 0.0
            for t in 0..<count {
                let dx = Double(t + 1) - meanX
                sxy += dx * (adjusted[t] - meanY)
                sxx += dx * dx
            }
            slope = sxx > 0 ? sxy / sxx : 0
            level = meanY - slope * meanX
            // Under multiplicative error the first forecast l + b must not be 0.
            if abs(level + slope) < 1e-8 {
                level *= 1 + 1e-3
                slope *= 1 + 1e-3
            }
        }
        guard level.isFinite, slope.isFinite, seasonal.allSatisfy(\.isFinite) else { return nil }
    }
}
