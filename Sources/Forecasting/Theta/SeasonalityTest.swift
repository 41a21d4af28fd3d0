/// The seasonality test of the M3 Theta method (`forecast::thetaf`): the autocorrelation at lag m is compared
/// with its standard error under the hypothesis that higher lags are zero, √((1 + 2 Σ_{k<m} r_k²) / n), at the
/// two-sided 90 % level (|r_m| / se > 1.645).
enum SeasonalityTest {
    /// One-sided 95 % (two-sided 90 %) normal quantile.
    static let criticalValue = 1.6448536269514722

    /// Whether `y` is seasonal with period `m`; false for m < 2, constant series or n ≤ 2m (too little data).
    static func isSeasonal(_ y: [Double], seasonLength m: Int) -> Bool {
        let n = y.count
        guard m >= 2, n > 2 * m else { return false }
        var mean = 0.0
        for value in y { mean += value }
        mean /= Double(n)
        var denominator = 0.0
        for value in y { denominator += (value - mean) * (value - mean) }
        guard denominator > 1e-12 * max(1, mean * mean) * Double(n), denominator.isFinite else { return false }
        var sumSquares = 0.0
        var lagM = 0.0
        for lag in 1...m {
            var numerator = 0.0
            for t in 0..<(n - lag) { numerator += (y[t] - mean) * (y[t + lag] - mean) }
            let r = numerator / denominator
            if lag < m { sumSquares += r * r } else { lagM = r }
        }
        let standardError = ((1 + 2 * sumSquares) / Double(n)).squareRoot()
        return standardError > 0 && abs(lagM) / standardError > criticalValue
    }
}
