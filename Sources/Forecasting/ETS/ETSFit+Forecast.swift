import Foundation

extension ETSFit {
    /// The forecast for `horizon` periods with quantile paths at `levels`.
    ///
    /// The mean is the point forecast of the recursion. Models without a multiplicative season get normal quantiles
    /// from the closed-form variance (classes 1 and 2); the others get empirical quantiles of `paths` simulated
    /// sample paths from a generator seeded by the data length, so the same input gives the same output.
    func modelForecast(horizon: Int, levels: [Double], paths: Int) -> ModelForecast {
        let h = max(0, horizon)
        let raw = pointForecasts(horizon: h)
        let point = QuantileBuilder.sanitizedMean(raw)
        let quantiles: [QuantilePath]
        if let variances = analyticVariances(horizon: h, mean: raw) {
            let sd = variances.map { $0.isFinite && $0 > 0 ? $0.squareRoot() : 0 }
            quantiles = QuantileBuilder.normal(mean: point, standardDeviation: sd, levels: levels)
        } else {
            var samples = simulate(horizon: h, paths: paths)
            quantiles = QuantileBuilder.empirical(
                samples: &samples, paths: paths, horizon: h, levels: levels, fallback: point)
        }
        return ModelForecast(
            mean: point, quantiles: quantiles, model: spec.description, parameters: parameterDictionary)
    }

    /// Simulated future sample paths, `result[step * paths + path]`.
    func simulate(horizon: Int, paths: Int) -> [Double] {
        var samples = [Double](repeating: 0, count: horizon * paths)
        guard horizon > 0, paths > 0 else { return samples }
        var generator = SplitMix64(seed: 0x5EED_E75 ^ UInt64(count) &* 0x9E37_79B9)
        let sigma = sigma2.isFinite && sigma2 > 0 ? sigma2.squareRoot() : 0
        let m = seasonLength
        let hasTrend = spec.trend != .none
        let multiplicativeError = spec.error == .multiplicative
        let betaStar = alpha > 0 ? beta / alpha : 0
        var ring = seasonal
        var spare: Double?
        samples.withUnsafeMutableBufferPointer { out in
            for path in 0..<paths {
                var l = level
                var b = slope
                for k in 0..<m { ring[k] = seasonal[k] }
                var index = count % m
                for step in 0..<horizon {
                    let z: Double
                    if let cached = spare {
                        z = cached
                        spare = nil
                    } else {
                        let pair = generator.nextNormalPair()
                        z = pair.0
                        spare = pair.1
                    }
                    let phib = hasTrend ? phi * b : 0
                    let q = l + phib
                    let s = spec.season == .none ? 0 : ring[index]
                    let mean = spec.season == .multiplicative ? q * s : q + s
                    let y = multiplicativeError ? mean * (1 + sigma * z) : mean + sigma * z
                    out[step * paths + path] = y
                    let p: Double
                    switch spec.season {
                    case .none: p = y
                    case .additive: p = y - s
                    case .multiplicative: p = abs(s) < 1e-10 ? l : y / s
                    }
                    let newLevel = q + alpha * (p - q)
                    if hasTrend { b = phib + betaStar * (newLevel - l - phib) }
                    switch spec.season {
                    case .none: break
                    case .additive: ring[index] = s + gamma * (y - q - s)
                    case .multiplicative: ring[index] = abs(q) < 1e-10 ? s : s + gamma * (y / q - s)
                    }
                    l = newLevel
                    if !l.isFinite || !b.isFinite {
                        // A diverging path: keep the rest of it at the last value rather than emitting NaN.
                        for rest in (step + 1)..<horizon { out[rest * paths + path] = y.isFinite ? y : 0 }
                        break
                    }
                    index += 1
                    if index == m { index = 0 }
                }
            }
        }
        return samples
    }
}
