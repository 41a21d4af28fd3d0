/// Least squares with a ridge penalty on nested leading column sets, sharing all the expensive work.
///
/// XᵀX depends only on the design, not on the target, so it is built once; a model on the first `size`
/// columns uses its leading block. The Cholesky factor of a leading block is the leading block of the full
/// factor (and likewise for its inverse), so one factorisation per penalty serves every number of
/// harmonics and every target (transform, backfitting pass).
struct RidgeSystem {
    /// Number of columns.
    let width: Int
    /// Number of rows.
    let rows: Int
    /// The design, column-major: column j is `design[j * rows ..< (j + 1) * rows]`.
    let design: [Double]
    /// XᵀX, row-major, width × width.
    let gram: [Double]

    /// Builds XᵀX for `columns`, each truncated to `rows` entries.
    init(columns: [[Double]], rows: Int) {
        let width = columns.count
        self.width = width
        self.rows = rows
        var design = [Double](repeating: 0, count: width * rows)
        for (j, column) in columns.enumerated() {
            for t in 0..<min(rows, column.count) { design[j * rows + t] = column[t] }
        }
        var gram = [Double](repeating: 0, count: width * width)
        design.withUnsafeBufferPointer { x in
            for i in 0..<width {
                for j in i..<width {
                    var sum = 0.0
                    for t in 0..<rows { sum += x[i * rows + t] * x[j * rows + t] }
                    gram[i * width + j] = sum
                    gram[j * width + i] = sum
                }
            }
        }
        self.design = design
        self.gram = gram
    }

    /// Xᵀy for a target of `rows` values.
    func crossProduct(_ target: [Double]) -> [Double] {
        design.withUnsafeBufferPointer { x in
            (0..<width).map { j in
                var sum = 0.0
                for t in 0..<rows { sum += x[j * rows + t] * target[t] }
                return sum
            }
        }
    }

    /// Row `t` of the design times `beta` (over the first `beta.count` columns).
    func fitted(_ beta: [Double], row t: Int) -> Double {
        var sum = 0.0
        for (j, coefficient) in beta.enumerated() { sum += coefficient * design[j * rows + t] }
        return sum
    }

    /// Factorises XᵀX + Λ with Λ = `lambda` × diag(XᵀX) on every column but the first (the intercept), so
    /// the penalty does not depend on a column's scale. Nil if the matrix is not positive definite.
    func factor(lambda: Double) -> Factor? {
        var matrix = gram
        var penalty = [Double](repeating: 0, count: width)
        for i in 0..<width {
            let diagonal = gram[i * width + i]
            // A tiny relative jitter keeps an all-zero indicator column from making the system singular.
            penalty[i] = (i == 0 ? 0 : lambda * diagonal) + 1e-10 * (diagonal + 1)
            matrix[i * width + i] += penalty[i]
        }
        guard let lower = Self.cholesky(matrix, size: width) else { return nil }
        return Factor(width: width, lower: lower, inverse: Self.invertLower(lower, size: width), penalty: penalty)
    }

    /// The Cholesky factor L and L⁻¹ of a penalised Gram matrix.
    struct Factor {
        let width: Int
        let lower: [Double]
        let inverse: [Double]
        let penalty: [Double]

        /// Coefficients for the first `size` columns: (L Lᵀ)⁻¹ Xᵀy on the leading block.
        func solve(size: Int, crossProduct: [Double]) -> [Double] {
            var beta = [Double](repeating: 0, count: size)
            _ = solve(size: size, crossProduct: crossProduct, into: &beta)
            return beta
        }

        /// Writes the coefficients for the first `size` columns into `beta` (at least `size` long) without
        /// allocating, and returns the residual sum of squares term βᵀXᵀy + βᵀΛβ, so that
        /// RSS = yᵀy − (βᵀXᵀy + βᵀΛβ) (because (XᵀX + Λ)β = Xᵀy).
        func solve(size: Int, crossProduct: [Double], into beta: inout [Double]) -> Double {
            lower.withUnsafeBufferPointer { l in
                for i in 0..<size {
                    var value = crossProduct[i]
                    for k in 0..<i { value -= l[i * width + k] * beta[k] }
                    beta[i] = value / l[i * width + i]
                }
                for i in stride(from: size - 1, through: 0, by: -1) {
                    var value = beta[i]
                    for k in (i + 1)..<size { value -= l[k * width + i] * beta[k] }
                    beta[i] = value / l[i * width + i]
                }
            }
            var explained = 0.0
            for i in 0..<size { explained += beta[i] * (crossProduct[i] + penalty[i] * beta[i]) }
            return explained
        }

        /// Effective degrees of freedom of the first `size` columns: tr(A⁻¹ XᵀX) = size − Σᵢ Λᵢ (A⁻¹)ᵢᵢ,
        /// with (A⁻¹)ᵢᵢ = Σₖ (L⁻¹)ₖᵢ² over the leading block.
        func degreesOfFreedom(size: Int) -> Double {
            var trace = 0.0
            for i in 0..<size {
                var diagonal = 0.0
                for k in i..<size { diagonal += inverse[k * width + i] * inverse[k * width + i] }
                trace += penalty[i] * diagonal
            }
            return Double(size) - trace
        }
    }

    /// Lower Cholesky factor L (row-major, L Lᵀ = A) of a symmetric positive definite matrix, or nil.
    static func cholesky(_ matrix: [Double], size: Int) -> [Double]? {
        var upper = matrix
        guard Cholesky.factorUpper(&upper, size: size) else { return nil }
        var lower = [Double](repeating: 0, count: size * size)
        for i in 0..<size {
            for j in 0...i { lower[i * size + j] = upper[j * size + i] }
        }
        return lower
    }

    /// L⁻¹ for a lower-triangular L.
    static func invertLower(_ lower: [Double], size: Int) -> [Double] {
        var inverse = lower
        for i in 0..<size {
            inverse[i * size + i] = 1 / lower[i * size + i]
            for j in 0..<i {
                var sum = 0.0
                for k in j..<i { sum -= lower[i * size + k] * inverse[k * size + j] }
                inverse[i * size + j] = sum * inverse[i * size + i]
            }
        }
        return inverse
    }
}
