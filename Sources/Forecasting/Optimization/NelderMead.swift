/// A bounded, deterministic Nelder–Mead simplex minimiser.
///
/// Every trial point is projected (clamped) into the box `[lower, upper]`, as statsforecast's ETS optimiser does,
/// so the objective is only ever evaluated inside the bounds. Uses the adaptive coefficients of Gao & Han (2012)
/// from three dimensions up (they equal the standard ones in two). Stops when the spread of the simplex values
/// falls below `relativeTolerance · (|best| + relativeTolerance)` (R's `optim` rule) or after `maxEvaluations`
/// objective evaluations. The simplex is allocated once per call; the objective receives a buffer view of the
/// trial point, so a caller can evaluate without allocating.
public struct NelderMead: Sendable {
    /// Upper limit on objective evaluations.
    public var maxEvaluations: Int
    /// Relative tolerance on the spread of function values across the simplex.
    public var relativeTolerance: Double

    /// Creates a minimiser (defaults as R's `optim`: 2,000 evaluations, tolerance ≈ √ε).
    public init(maxEvaluations: Int = 2_000, relativeTolerance: Double = 1.5e-8) {
        self.maxEvaluations = max(1, maxEvaluations)
        self.relativeTolerance = max(0, relativeTolerance)
    }

    /// Minimises `objective` from `initial` within `[lower, upper]`.
    ///
    /// - Parameters:
    ///   - initial: starting point (projected into the bounds).
    ///   - lower: lower bound per coordinate (may be `-infinity`).
    ///   - upper: upper bound per coordinate (may be `+infinity`).
    ///   - steps: initial simplex edge per coordinate; a step that would leave the box is taken the other way.
    ///   - objective: the function to minimise; NaN counts as `+infinity`.
    /// - Returns: the best point found, its value and the number of evaluations.
    public func minimize(
        initial: [Double], lower: [Double], upper: [Double], steps: [Double],
        objective: (UnsafeBufferPointer<Double>) -> Double
    ) -> NelderMeadResult {
        let n = initial.count
        precondition(lower.count == n && upper.count == n && steps.count == n, "bounds and steps must match initial")
        if n == 0 {
            let value = [Double]().withUnsafeBufferPointer { objective($0) }
            return NelderMeadResult(point: [], value: value.isNaN ? .infinity : value, evaluations: 1)
        }
        // Coefficients: reflection, expansion, contraction, shrink.
        let dims = Double(n)
        let rho = 1.0
        let chi = n > 2 ? 1 + 2 / dims : 2.0
        let psi = n > 2 ? 0.75 - 1 / (2 * dims) : 0.5
        let sigma = n > 2 ? 1 - 1 / dims : 0.5

        var simplex = [Double](repeating: 0, count: (n + 1) * n)
        var values = [Double](repeating: .infinity, count: n + 1)
        var centroid = [Double](repeating: 0, count: n)
        var reflected = [Double](repeating: 0, count: n)
        var trial = [Double](repeating: 0, count: n)
        var evaluations = 0

        return simplex.withUnsafeMutableBufferPointer { sx in
            values.withUnsafeMutableBufferPointer { fv in
                centroid.withUnsafeMutableBufferPointer { c in
                    reflected.withUnsafeMutableBufferPointer { xr in
                        trial.withUnsafeMutableBufferPointer { xt in
                            func clamp(_ value: Double, _ i: Int) -> Double {
                                min(max(value, lower[i]), upper[i])
                            }
                            func evaluate(_ point: UnsafeMutableBufferPointer<Double>) -> Double {
                                evaluations += 1
                                let v = objective(UnsafeBufferPointer(point))
                                return v.isNaN ? .infinity : v
                            }
                            func vertexValue(_ k: Int) -> Double {
                                let view = UnsafeMutableBufferPointer(rebasing: sx[(k * n)..<((k + 1) * n)])
                                return evaluate(view)
                            }
                            // Simplex around vertex 0; a step that would leave the box is taken the other way.
                            func buildSimplex(scale: Double) {
                                for k in 1...n {
                                    for i in 0..<n { sx[k * n + i] = sx[i] }
                                    let i = k - 1
                                    var step = (steps[i] == 0 ? 1e-4 : steps[i]) * scale
                                    if sx[i] + step > upper[i] { step = -abs(step) }
                                    if sx[i] + step < lower[i] { step = abs(step) }
                                    sx[k * n + i] = clamp(sx[i] + step, i)
                                    fv[k] = vertexValue(k)
                                }
                            }
                            for i in 0..<n { sx[i] = clamp(initial[i], i) }
                            fv[0] = vertexValue(0)
                            buildSimplex(scale: 1)
                            var restarts = 0
                            func restart(from best: Int) {
                                if best != 0 {
                                    for i in 0..<n { sx[i] = sx[best * n + i] }
                                    fv[0] = fv[best]
                                }
                                buildSimplex(scale: 0.5)
                            }
                            func collapsed(best: Int) -> Bool {
                                for i in 0..<n {
                                    let value = sx[best * n + i]
                                    var spread = 0.0
                                    for k in 0...n { spread = max(spread, abs(sx[k * n + i] - value)) }
                                    if spread == 0 { return true }
                                }
                                return false
                            }
                            while evaluations < maxEvaluations {
                                // Best, worst and second worst.
                                var best = 0
                                var worst = 0
                                for k in 1...n {
                                    if fv[k] < fv[best] { best = k }
                                    if fv[k] > fv[worst] { worst = k }
                                }
                                var second = worst == 0 ? 1 : 0
                                for k in 0...n where k != worst && fv[k] > fv[second] { second = k }
                                let fBest = fv[best]
                                let fWorst = fv[worst]
                                if fBest.isFinite && fWorst.isFinite
                                    && fWorst - fBest <= relativeTolerance * (abs(fBest) + relativeTolerance)
                                {
                                    // A coordinate with no spread at all means clamping collapsed the simplex onto a
                                    // face of the box, which may not hold the optimum: restart around the best.
                                    guard restarts < 2, collapsed(best: best) else { break }
                                    restarts += 1
                                    restart(from: best)
                                    continue
                                }
                                // Centroid of all but the worst.
                                for i in 0..<n { c[i] = 0 }
                                for k in 0...n where k != worst {
                                    for i in 0..<n { c[i] += sx[k * n + i] }
                                }
                                var degenerate = true
                                for i in 0..<n {
                                    c[i] /= dims
                                    if abs(c[i] - sx[worst * n + i]) > 1e-14 * (abs(c[i]) + 1e-14) {
                                        degenerate = false
                                    }
                                }
                                if degenerate {
                                    // Clamping can collapse the simplex onto a face of the box; restart around
                                    // the best vertex (twice at most) so the free coordinates can still move.
                                    guard restarts < 2 else { break }
                                    restarts += 1
                                    restart(from: best)
                                    continue
                                }
                                // Reflection.
                                for i in 0..<n { xr[i] = clamp(c[i] + rho * (c[i] - sx[worst * n + i]), i) }
                                let fr = evaluate(xr)
                                if fr < fBest {
                                    for i in 0..<n { xt[i] = clamp(c[i] + chi * (xr[i] - c[i]), i) }
                                    let fe = evaluate(xt)
                                    let source = fe < fr ? xt : xr
                                    for i in 0..<n { sx[worst * n + i] = source[i] }
                                    fv[worst] = min(fe, fr)
                                    continue
                                }
                                if fr < fv[second] {
                                    for i in 0..<n { sx[worst * n + i] = xr[i] }
                                    fv[worst] = fr
                                    continue
                                }
                                // Contraction (outside when the reflection improved on the worst, else inside).
                                let outside = fr < fWorst
                                for i in 0..<n {
                                    let towards = outside ? xr[i] : sx[worst * n + i]
                                    xt[i] = clamp(c[i] + psi * (towards - c[i]), i)
                                }
                                let fc = evaluate(xt)
                                if fc < min(fr, fWorst) || (outside && fc <= fr) {
                                    for i in 0..<n { sx[worst * n + i] = xt[i] }
                                    fv[worst] = fc
                                    continue
                                }
                                // Shrink towards the best vertex.
                                for k in 0...n where k != best {
                                    for i in 0..<n {
                                        let b = sx[best * n + i]
                                        sx[k * n + i] = clamp(b + sigma * (sx[k * n + i] - b), i)
                                    }
                                    fv[k] = vertexValue(k)
                                }
                            }
                            var best = 0
                            for k in 1...n where fv[k] < fv[best] { best = k }
                            let point = Array(sx[(best * n)..<((best + 1) * n)])
                            return NelderMeadResult(point: point, value: fv[best], evaluations: evaluations)
                        }
                    }
                }
            }
        }
    }
}

/// The outcome of a Nelder–Mead minimisation.
public struct NelderMeadResult: Sendable, Hashable {
    /// The best point found.
    public var point: [Double]
    /// The objective at `point` (`+infinity` when no feasible point was found).
    public var value: Double
    /// Objective evaluations used.
    public var evaluations: Int

    /// Creates a result.
    public init(point: [Double], value: Double, evaluations: Int) {
        self.point = point
        self.value = value
        self.evaluations = evaluations
    }
}
