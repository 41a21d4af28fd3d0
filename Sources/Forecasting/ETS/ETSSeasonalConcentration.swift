/// Concentrates the initial states out of the likelihood of an additive-error model with additive season, the
/// seasonal counterpart of `ETSRecursion.concentrated`.
///
/// The one-step errors are linear in the initial states: e = e₀ + Σᵢ xᵢ·zᵢ, where e₀ comes from the base filter
/// (zero level and slope; the fixed heuristic seasonal states, or zero when those are free) and zᵢ is the
/// zero-input response to unit initial state i: level, slope, and — when the seasonal states are free — the
/// contrasts "s_k = 1, s_0 = −1" for k = 1 … m−1 (which keep the states summing to 0). Each filter carries its own
/// seasonal ring. One pass accumulates the normal equations; a Cholesky solve gives the exact least-squares (and so
/// maximum-likelihood) initial states. Buffers are allocated once per fit and reused by every evaluation.
struct ETSSeasonalConcentration {
    let seasonLength: Int
    let hasTrend: Bool
    let freeSeasonal: Bool
    /// Number of concentrated states.
    let count: Int
    /// One buffer for everything the pass touches: response rings (count·m), base ring (m), q, φb, z, g (count
    /// each) and the Gram matrix (count², upper triangle).
    private var workspace: [Double]
    /// The solution of the last `solve`: level, slope (when trended), seasonal contrasts s_1 … s_{m−1}.
    private(set) var solution: [Double]
    private var gram: [Double]

    /// A workspace for season length `m`.
    init(seasonLength m: Int, hasTrend: Bool, freeSeasonal: Bool) {
        seasonLength = m
        self.hasTrend = hasTrend
        self.freeSeasonal = freeSeasonal
        count = 1 + (hasTrend ? 1 : 0) + (freeSeasonal ? m - 1 : 0)
        workspace = [Double](repeating: 0, count: count * m + m + 4 * count + count * count)
        solution = [Double](repeating: 0, count: count)
        gram = [Double](repeating: 0, count: count * count)
    }

    /// The minimal sum of squared errors for `recursion`'s parameters, leaving the states in `solution`; nil when
    /// the normal equations are not positive definite or a value is not finite.
    mutating func solve(_ y: UnsafeBufferPointer<Double>, recursion: ETSRecursion, fixedSeasonal: [Double]) -> Double? {
        let m = seasonLength
        let p = count
        let damping = hasTrend ? recursion.phi : 0
        let beta = hasTrend ? recursion.betaStar * recursion.alpha : 0
        let levelGain = recursion.alpha + damping * beta
        let slopeGain = damping * beta
        let gamma = recursion.gamma
        let free = freeSeasonal
        let trended = hasTrend
        let sse: Double = workspace.withUnsafeMutableBufferPointer { w in
            let ring = w.baseAddress!
            let base = ring + p * m
            let q = base + m
            let phib = q + p
            let z = phib + p
            let g = z + p
            let gram = g + p
            w.update(repeating: 0)
            for k in 0..<m { base[k] = free ? 0 : fixedSeasonal[k] }
            q[0] = 1
            var first = 1
            if trended {
                q[1] = damping
                phib[1] = damping
                first = 2
            }
            if free {
                for k in 1..<m {
                    let i = first + k - 1
                    ring[i * m + k] = 1
                    ring[i * m] = -1
                }
            }
            var baseQ = 0.0
            var basePhib = 0.0
            var sse = 0.0
            var index = 0
            for t in 0..<y.count {
                let s = base[index]
                let e = y[t] - baseQ - s
                base[index] = s + gamma * e
                let carried = damping * basePhib
                baseQ += carried + levelGain * e
                basePhib = carried + slopeGain * e
                sse += e * e
                // Responses see y = 0.
                for i in 0..<p {
                    let slot = i * m + index
                    let si = ring[slot]
                    let ei = -(q[i] + si)
                    ring[slot] = si + gamma * ei
                    let carriedI = damping * phib[i]
                    q[i] += carriedI + levelGain * ei
                    phib[i] = carriedI + slopeGain * ei
                    z[i] = ei
                    g[i] += e * ei
                }
                for i in 0..<p {
                    let zi = z[i]
                    let row = gram + i * p
                    for j in i..<p { row[j] += zi * z[j] }
                }
                index += 1
                if index == m { index = 0 }
            }
            return sse
        }
        let gOffset = p * m + m + 3 * p
        for i in 0..<p { solution[i] = -workspace[gOffset + i] }
        for i in 0..<(p * p) { gram[i] = workspace[gOffset + p + i] }
        guard sse.isFinite, Self.choleskySolve(&gram, &solution, p) else { return nil }
        // Minimal SSE = e₀'e₀ + x'g with x = −G⁻¹g.
        var result = sse
        for i in 0..<p { result += solution[i] * workspace[gOffset + i] }
        guard result.isFinite, solution.allSatisfy(\.isFinite) else { return nil }
        return max(result, 0)
    }

    /// Solves G x = b in place for a symmetric G given by its upper triangle (row-major, p × p), with a tiny ridge;
    /// false when G is not positive definite.
    static func choleskySolve(_ a: inout [Double], _ b: inout [Double], _ p: Int) -> Bool {
        var largest = 0.0
        for i in 0..<p { largest = max(largest, a[i * p + i]) }
        let ridge = 1e-10 * largest + 1e-300
        for i in 0..<p { a[i * p + i] += ridge }
        guard Cholesky.factorUpper(&a, size: p) else { return false }
        Cholesky.solveUpper(a, &b, size: p)
        return true
    }
}
