/// Classical decomposition (R's `stats::decompose`): a centred moving average of order `m` (2×m when `m` is even)
/// as the trend, and per-position means of the detrended series as the seasonal figure, normalised to mean 0
/// (additive) or 1 (multiplicative). Used for ETS initial states and for the Theta method.
struct ClassicalDecomposition {
    /// Seasonal figure by position in the cycle: `figure[t % m]` belongs to observation `t`.
    var figure: [Double]
    /// Trend per observation; NaN where the centred average is undefined (the first and last m/2 points).
    var trend: [Double]

    /// Decomposes `values` with season length `m`; nil when there are fewer than two full seasons or when a
    /// multiplicative decomposition meets a non-positive trend.
    init?(_ values: [Double], seasonLength m: Int, multiplicative: Bool) {
        let n = values.count
        guard m >= 2, n >= 2 * m else { return nil }
        let half = m / 2
        var trend = [Double](repeating: .nan, count: n)
        let even = m % 2 == 0
        for t in half..<(n - half) {
            var sum = 0.0
            if even {
                sum = 0.5 * values[t - half] + 0.5 * values[t + half]
                for k in (t - half + 1)..<(t + half) { sum += values[k] }
            } else {
                for k in (t - half)...(t + half) { sum += values[k] }
            }
            trend[t] = sum / Double(m)
        }
        var sums = [Double](repeating: 0, count: m)
        var counts = [Int](repeating: 0, count: m)
        for t in half..<(n - half) {
            let detrended: Double
            if multiplicative {
                guard trend[t] > 1e-12 else { return nil }
                detrended = values[t] / trend[t]
            } else {
                detrended = values[t] - trend[t]
            }
            sums[t % m] += detrended
            counts[t % m] += 1
        }
        var figure = [Double](repeating: multiplicative ? 1 : 0, count: m)
        for k in 0..<m where counts[k] > 0 { figure[k] = sums[k] / Double(counts[k]) }
        let mean = figure.reduce(0, +) / Double(m)
        if multiplicative {
            guard mean > 1e-12 else { return nil }
            for k in 0..<m { figure[k] /= mean }
        } else {
            for k in 0..<m { figure[k] -= mean }
        }
        guard figure.allSatisfy(\.isFinite) else { return nil }
        self.figure = figure
        self.trend = trend
    }
}
