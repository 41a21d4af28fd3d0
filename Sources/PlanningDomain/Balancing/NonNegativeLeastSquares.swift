/// Lawson–Hanson non-negative least squares for a handful of columns: minimise ‖A x − b‖ subject to x ≥ 0.
///
/// Works on the normal equations (AᵀA, Aᵀb), which is accurate enough for the few, well-scaled columns of a
/// resource-use estimate (one column per planning object of a unit) and keeps the solver allocation-light.
enum NonNegativeLeastSquares {
    /// Solves for `x`; `rows` are the rows of A. Returns nil when the passive system is singular (collinear
    /// columns) or the iteration does not settle.
    static func solve(rows: [[Double]], rhs: [Double]) -> [Double]? {
        guard let columns = rows.first?.count, columns > 0, rows.count == rhs.count else { return nil }
        var gram = [Double](repeating: 0, count: columns * columns)
        var moment = [Double](repeating: 0, count: columns)
        for (row, target) in zip(rows, rhs) {
            for i in 0..<columns {
                moment[i] += row[i] * target
                for j in 0..<columns { gram[i * columns + j] += row[i] * row[j] }
            }
        }
        let scale = max(1, gram.map(abs).max() ?? 1)
        let tolerance = 1e-10 * scale * max(1, moment.map(abs).max() ?? 1)
        var x = [Double](repeating: 0, count: columns)
        var passive = [Bool](repeating: false, count: columns)

        func gradient() -> [Double] {
            (0..<columns).map { i in moment[i] - (0..<columns).reduce(0) { $0 + gram[i * columns + $1] * x[$1] } }
        }

        var outer = 0
        while outer < 3 * columns + 10 {
            outer += 1
            let w = gradient()
            guard let entering = (0..<columns).filter({ !passive[$0] && w[$0] > tolerance }).max(by: { w[$0] < w[$1] })
            else { return x }
            passive[entering] = true
            var inner = 0
            while true {
                inner += 1
                guard inner < 3 * columns + 10, let s = solvePassive(gram: gram, moment: moment, passive: passive)
                else { return nil }
                if (0..<columns).allSatisfy({ !passive[$0] || s[$0] > 0 }) {
                    x = s
                    break
                }
                var alpha = 1.0
                for i in 0..<columns where passive[i] && s[i] <= 0 { alpha = min(alpha, x[i] / (x[i] - s[i])) }
                for i in 0..<columns { x[i] += alpha * (s[i] - x[i]) }
                for i in 0..<columns where passive[i] && x[i] <= 1e-12 {
                    passive[i] = false
                    x[i] = 0
                }
            }
        }
        return nil
    }

    /// Solves the normal equations restricted to the passive columns (Gaussian elimination, partial pivoting).
    private static func solvePassive(gram: [Double], moment: [Double], passive: [Bool]) -> [Double]? {
        let columns = passive.count
        let active = (0..<columns).filter { passive[$0] }
        let n = active.count
        var matrix = active.flatMap { i in active.map { j in gram[i * columns + j] } }
        var vector = active.map { moment[$0] }
        let scale = matrix.map(abs).max() ?? 0
        guard scale > 0 else { return nil }
        for pivot in 0..<n {
            guard let best = (pivot..<n).max(by: { abs(matrix[$0 * n + pivot]) < abs(matrix[$1 * n + pivot]) }),
                abs(matrix[best * n + pivot]) > 1e-12 * scale
            else { return nil }
            if best != pivot {
                for k in 0..<n { matrix.swapAt(pivot * n + k, best * n + k) }
                vector.swapAt(pivot, best)
            }
            for row in (pivot + 1)..<n {
                let ratio = matrix[row * n + pivot] / matrix[pivot * n + pivot]
                guard ratio != 0 else { continue }
                for k in pivot..<n { matrix[row * n + k] -= ratio * matrix[pivot * n + k] }
                vector[row] -= ratio * vector[pivot]
            }
        }
        var solution = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = vector[row]
            for k in (row + 1)..<n { sum -= matrix[row * n + k] * solution[k] }
            solution[row] = sum / matrix[row * n + row]
        }
        var result = [Double](repeating: 0, count: columns)
        for (position, column) in active.enumerated() { result[column] = solution[position] }
        return result
    }
}
