/// Forecast accuracy measures for backtests. Every function returns nil when it has nothing to measure
/// (empty or mismatched inputs), never NaN.
public enum AccuracyMetrics {
    /// The MASE scale: the in-sample mean absolute error of the seasonal naive forecast with lag
    /// `seasonLength`, or of the lag-1 naive forecast when the training series is shorter than two seasons or
    /// the seasonal error is 0. When that is 0 too (a constant series), the mean absolute value of the series,
    /// and 1 for an all-zero series, so a scale always exists.
    public static func maseScale(training: [Double], seasonLength: Int) -> Double {
        func meanAbsoluteDifference(lag: Int) -> Double {
            guard lag >= 1, training.count > lag else { return 0 }
            var sum = 0.0
            for t in lag..<training.count { sum += abs(training[t] - training[t - lag]) }
            return sum / Double(training.count - lag)
        }
        if seasonLength > 1, training.count >= 2 * seasonLength {
            let seasonal = meanAbsoluteDifference(lag: seasonLength)
            if seasonal > 0, seasonal.isFinite { return seasonal }
        }
        let naive = meanAbsoluteDifference(lag: 1)
        if naive > 0, naive.isFinite { return naive }
        let level = training.isEmpty ? 0 : training.reduce(0) { $0 + abs($1) } / Double(training.count)
        return level > 0 && level.isFinite ? level : 1
    }

    /// Mean absolute scaled error of `forecast` against `actual`, scaled by ``maseScale(training:seasonLength:)``.
    /// 0 for a perfect forecast.
    public static func mase(forecast: [Double], actual: [Double], training: [Double], seasonLength: Int) -> Double? {
        guard let mae = meanAbsoluteError(forecast: forecast, actual: actual) else { return nil }
        return mae / maseScale(training: training, seasonLength: seasonLength)
    }

    /// Mean absolute error, nil when there is nothing to compare.
    public static func meanAbsoluteError(forecast: [Double], actual: [Double]) -> Double? {
        guard !actual.isEmpty, forecast.count == actual.count else { return nil }
        let value = zip(forecast, actual).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(actual.count)
        return value.isFinite ? value : nil
    }

    /// Symmetric MAPE on the 0–200 scale: mean of 200 |F − A| / (|F| + |A|), where 0/0 counts as 0.
    public static func smape(forecast: [Double], actual: [Double]) -> Double? {
        guard !actual.isEmpty, forecast.count == actual.count else { return nil }
        var sum = 0.0
        for (f, a) in zip(forecast, actual) {
            let denominator = abs(f) + abs(a)
            if denominator > 0 { sum += 200 * abs(f - a) / denominator }
        }
        let value = sum / Double(actual.count)
        return value.isFinite ? value : nil
    }

    /// Mean error, forecast − actual (positive: the forecast was too high).
    public static func bias(forecast: [Double], actual: [Double]) -> Double? {
        guard !actual.isEmpty, forecast.count == actual.count else { return nil }
        let value = zip(forecast, actual).reduce(0) { $0 + $1.0 - $1.1 } / Double(actual.count)
        return value.isFinite ? value : nil
    }

    /// Total error relative to the total actual, Σ(F − A) / ΣA (0.1: 10 % too high); nil when ΣA is 0.
    public static func relativeBias(forecast: [Double], actual: [Double]) -> Double? {
        guard !actual.isEmpty, forecast.count == actual.count else { return nil }
        let total = actual.reduce(0, +)
        guard total > 0 else { return nil }
        let value = zip(forecast, actual).reduce(0) { $0 + $1.0 - $1.1 } / total
        return value.isFinite ? value : nil
    }

    /// The share of `actual` values inside [lower, upper], period by period (bounds inclusive).
    public static func coverage(lower: [Double], upper: [Double], actual: [Double]) -> Double? {
        guard !actual.isEmpty, lower.count == actual.count, upper.count == actual.count else { return nil }
        var inside = 0
        for t in actual.indices where lower[t] <= actual[t] && actual[t] <= upper[t] { inside += 1 }
        return Double(inside) / Double(actual.count)
    }
}
