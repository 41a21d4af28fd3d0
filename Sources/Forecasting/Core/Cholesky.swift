/// Cholesky factorisation for the small symmetric positive definite systems the models solve (least squares,
/// concentrated likelihoods). In place and allocation-free, because ETS calls it inside its likelihood loop.
enum Cholesky {
    /// Factors A = UᵀU in place: reads the upper triangle of the row-major `size` × `size` matrix `a` and
    /// overwrites it with U. False when A is not positive definite (or not finite).
    static func factorUpper(_ a: inout [Double], size p: Int) -> Bool {
        for i in 0..<p {
            var d = a[i * p + i]
            for k in 0..<i { d -= a[k * p + i] * a[k * p + i] }
            guard d > 0, d.isFinite else { return false }
            let u = d.squareRoot()
            a[i * p + i] = u
            for j in (i + 1)..<p {
                var v = a[i * p + j]
                for k in 0..<i { v -= a[k * p + i] * a[k * p + j] }
                a[i * p + j] = v / u
            }
        }
        return true
    }

    /// Solves UᵀU x = b in place, with U from ``factorUpper(_:size:)``.
    static func solveUpper(_ u: [Double], _ b: inout [Double], size p: Int) {
        for i in 0..<p {
            var v = b[i]
            for k in 0..<i { v -= u[k * p + i] * b[k] }
            b[i] = v / u[i * p + i]
        }
        for i in stride(from: p - 1, through: 0, by: -1) {
            var v = b[i]
            for k in (i + 1)..<p { v -= u[i * p + k] * b[k] }
            b[i] = v / u[i * p + i]
        }
    }
}
