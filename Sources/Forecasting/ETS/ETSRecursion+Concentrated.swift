extension ETSRecursion {
    /// The best initial level and slope and the resulting sum of squared errors, for a non-seasonal model with
    /// additive error.
    struct ConcentratedStates {
        var level: Double
        var slope: Double
        var squaredErrors: Double
    }

    /// Concentrates the initial states out of the likelihood of a non-seasonal additive-error model.
    ///
    /// Such a model is linear in its initial states: the one-step errors are e = e₀ + ℓ₀·z_ℓ + b₀·z_b, where e₀
    /// are the errors from zero initial states and z_ℓ, z_b the zero-input responses to a unit initial level and
    /// slope. One pass accumulates the normal equations; least squares then gives the maximum-likelihood initial
    /// states exactly, so the optimiser searches only α, β*, φ.
    func concentrated(_ y: UnsafeBufferPointer<Double>) -> ConcentratedStates? {
        let hasTrend = trend != .none
        let damping = hasTrend ? phi : 0
        let beta = hasTrend ? betaStar * alpha : 0
        let levelGain = alpha + damping * beta
        let slopeGain = damping * beta
        // Each filter carries q = ℓ + φb and φb (see `run`). Base: zero initial states; 1: unit level; 2: unit slope.
        var q = 0.0, phib = 0.0
        var q1 = 1.0, phib1 = 0.0
        var q2 = damping, phib2 = damping
        var s00 = 0.0, s01 = 0.0, s02 = 0.0, s11 = 0.0, s12 = 0.0, s22 = 0.0
        if hasTrend {
            for t in 0..<y.count {
                let e = y[t] - q
                let carried = damping * phib
                q = q + carried + levelGain * e
                phib = carried + slopeGain * e
                // Responses see y = 0, so their error is −q.
                let carried1 = damping * phib1
                let e1 = q1
                q1 = q1 + carried1 - levelGain * e1
                phib1 = carried1 - slopeGain * e1
                let carried2 = damping * phib2
                let e2 = q2
                q2 = q2 + carried2 - levelGain * e2
                phib2 = carried2 - slopeGain * e2
                s00 += e * e
                s01 -= e * e1
                s02 -= e * e2
                s11 += e1 * e1
                s12 += e1 * e2
                s22 += e2 * e2
            }
        } else {
            let keep = 1 - alpha
            for t in 0..<y.count {
                let e = y[t] - q
                q += alpha * e
                s00 += e * e
                s01 -= e * q1
                s11 += q1 * q1
                q1 *= keep
            }
        }
        // A tiny ridge keeps the system solvable when the responses die out (α near 1).
        let ridge = 1e-12 * (s11 + s22) + 1e-300
        var level = 0.0
        var slope = 0.0
        var reduction = 0.0
        if hasTrend {
            let a11 = s11 + ridge
            let a22 = s22 + ridge
            let det = a11 * a22 - s12 * s12
            if det > 1e-14 * a11 * a22 {
                level = -(a22 * s01 - s12 * s02) / det
                slope = -(a11 * s02 - s12 * s01) / det
                reduction = -(level * s01 + slope * s02)
            } else {
                level = -s01 / a11
                reduction = -level * s01
            }
        } else {
            level = -s01 / (s11 + ridge)
            reduction = -level * s01
        }
        let sse = max(s00 - reduction, 0)
        guard sse.isFinite, level.isFinite, slope.isFinite else { return nil }
        return ConcentratedStates(level: level, slope: slope, squaredErrors: sse)
    }
}
