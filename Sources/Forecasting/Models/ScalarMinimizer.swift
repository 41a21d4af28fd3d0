/// Golden-section search for a 1-D minimum on a closed interval, for smoothing weights fitted by SSE.
enum ScalarMinimizer {
    /// The argument in `lower...upper` that minimises `objective` (assumed unimodal; otherwise a local minimum).
    /// Non-finite objective values count as +∞. Uses a fixed number of iterations, so it is deterministic and
    /// bounded: 30 iterations shrink the interval by 0.618^30 ≈ 5e-7.
    static func goldenSection(
        lower: Double, upper: Double, iterations: Int = 30, _ objective: (Double) -> Double
    ) -> Double {
        let ratio = (5.0.squareRoot() - 1) / 2
        func value(_ x: Double) -> Double {
            let v = objective(x)
            return v.isFinite ? v : .infinity
        }
        var a = lower
        var b = upper
        var c = b - ratio * (b - a)
        var d = a + ratio * (b - a)
        var fc = value(c)
        var fd = value(d)
        for _ in 0..<iterations {
            if fc <= fd {
                b = d
                d = c
                fd = fc
                c = b - ratio * (b - a)
                fc = value(c)
            } else {
                a = c
                c = d
                fc = fd
                d = a + ratio * (b - a)
                fd = value(d)
            }
        }
        return fc <= fd ? c : d
    }
}
