/// The few transcendental functions the domain needs, in plain Swift so the domain stays free of
/// Foundation and the C library (see the layering rules).
enum ElementaryMath {
    /// Natural logarithm of a positive finite `x`: x = m · 2^e with m in [1, 2), ln x = e·ln 2 + 2·atanh((m−1)/(m+1)).
    /// Accurate to a few ulps; the atanh series converges fast because |(m−1)/(m+1)| ≤ 1/3.
    static func log(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite, "log needs a positive finite number")
        let exponent = Double(Int(x.exponent))
        let mantissa = x.significand
        let z = (mantissa - 1) / (mantissa + 1)
        let z2 = z * z
        var term = z
        var sum = 0.0
        var k = 1.0
        while abs(term / k) > 1e-18 {
            sum += term / k
            term *= z2
            k += 2
        }
        return exponent * 0.693_147_180_559_945_3 + 2 * sum
    }
}
