/// Turns a forecast distribution into quantile paths that obey `ModelForecast`'s contract: levels sorted and
/// inside (0, 1), every value finite and ≥ 0 (counts), and non-decreasing in level at every step.
enum QuantileBuilder {
    /// The distinct valid levels of `levels`, ascending.
    static func validLevels(_ levels: [Double]) -> [Double] {
        var result: [Double] = []
        for level in levels.sorted() where level > 0 && level < 1 && level.isFinite {
            if let last = result.last, abs(last - level) < 1e-12 { continue }
            result.append(level)
        }
        return result
    }

    /// Quantiles of a normal distribution with the given mean and standard deviation per step.
    static func normal(mean: [Double], standardDeviation: [Double], levels: [Double]) -> [QuantilePath] {
        let paths = validLevels(levels).map { level in
            let z = NormalDistribution.quantile(level)
            let values = zip(mean, standardDeviation).map { $0 + z * $1 }
            return QuantilePath(level: level, values: values)
        }
        return sanitized(paths, horizon: mean.count, fallback: mean)
    }

    /// Empirical quantiles (R's type 7) of simulated paths; `samples[step * paths + path]`, sorted in place.
    static func empirical(samples: inout [Double], paths: Int, horizon: Int, levels: [Double], fallback: [Double])
        -> [QuantilePath]
    {
        let valid = validLevels(levels)
        var result = valid.map { QuantilePath(level: $0, values: [Double](repeating: 0, count: horizon)) }
        guard paths > 0 else { return sanitized(result, horizon: horizon, fallback: fallback) }
        samples.withUnsafeMutableBufferPointer { buffer in
            for step in 0..<horizon {
                var slice = UnsafeMutableBufferPointer(rebasing: buffer[(step * paths)..<((step + 1) * paths)])
                for i in 0..<paths where !slice[i].isFinite {
                    slice[i] = slice[i] == .infinity ? Double.greatestFiniteMagnitude : 0
                }
                slice.sort()
                for (j, level) in valid.enumerated() {
                    let position = level * Double(paths - 1)
                    let lowerIndex = Int(position)
                    let upperIndex = min(lowerIndex + 1, paths - 1)
                    let weight = position - Double(lowerIndex)
                    result[j].values[step] = slice[lowerIndex] + weight * (slice[upperIndex] - slice[lowerIndex])
                }
            }
        }
        return sanitized(result, horizon: horizon, fallback: fallback)
    }

    /// Replaces non-finite values by `fallback`, truncates at 0 and makes every step non-decreasing in level.
    static func sanitized(_ paths: [QuantilePath], horizon: Int, fallback: [Double]) -> [QuantilePath] {
        var result = paths
        for step in 0..<horizon {
            var floor = 0.0
            for j in result.indices {
                var value = result[j].values[step]
                if !value.isFinite { value = step < fallback.count && fallback[step].isFinite ? fallback[step] : 0 }
                value = max(value, floor)
                result[j].values[step] = value
                floor = value
            }
        }
        return result
    }

    /// A point forecast made safe: non-finite values become 0 (or the last finite value), negatives 0.
    static func sanitizedMean(_ mean: [Double]) -> [Double] {
        var last = 0.0
        return mean.map { value in
            guard value.isFinite else { return last }
            last = max(value, 0)
            return last
        }
    }
}
