/// The exact linear algebra that decides whether a reader can pin down a hidden cell.
///
/// The unknowns are the hidden count cells of one group of linked cells; every relation, with the visible
/// values moved to the right-hand side, is one equation `A·y = b`. A hidden cell `c` is *derivable* when the
/// unit vector `e_c` lies in the row space of `A`, which after reduction to reduced row echelon form (exact
/// rationals, never floating point) means: no null-space vector of `A` moves `c`.
///
/// Not being derivable is not enough, because counts are non-negative integers: if the only way to move `c`
/// would push another hidden cell below zero (an equation whose hidden part must sum to 0, say), a reader who
/// tries every non-negative assignment still pins `c`. So a cell counts as protected only with a *witness*: a
/// second non-negative integer assignment of the hidden cells that satisfies every equation and gives `c` a
/// different value. The search for a witness (null-space basis vectors, then pairs of them) is incomplete on
/// purpose; when it finds none the cell is reported as pinned and more is suppressed (fail closed).
struct DisclosureSolver {
    /// One term of a relation, by cell index.
    struct Term: Hashable, Sendable {
        let cell: Int
        let coefficient: Int
    }

    /// What a reader can learn about one hidden cell.
    enum Status: Hashable, Sendable {
        /// Not pinned; `alternative` holds other non-negative values for every unknown (in column order) that
        /// satisfy all equations and move this cell.
        case protected(alternative: [Int])
        /// A linear combination of visible values gives the cell exactly.
        case derivable
        /// Not a linear combination, but non-negativity (or an incomplete witness search) leaves one value.
        case pinnedByBounds
    }

    /// The hidden cells, one per column, in the caller's order.
    let unknownCells: [Int]
    private let trueValues: [Int]
    private let columnOfCell: [Int: Int]
    /// For each free column, a primitive integer vector of the null space with 1·scale at that column.
    private let nullBasis: [[Int]]

    /// How many pair combinations are tried per cell before giving up (and suppressing more).
    static let pairTryLimit = 512

    /// Reduces the system for `unknownCells` (one column each, in this order) under `relations`; `values` gives
    /// every cell's true value. Throws when exact arithmetic overflows.
    init(unknownCells: [Int], relations: [[Term]], values: (Int) -> Int) throws(ExactArithmeticOverflow) {
        self.unknownCells = unknownCells
        var columns: [Int: Int] = [:]
        for (column, cell) in unknownCells.enumerated() { columns[cell] = column }
        columnOfCell = columns
        trueValues = unknownCells.map(values)
        let width = unknownCells.count
        var matrix: [[ExactRational]] = []
        for relation in relations {
            var row = [ExactRational](repeating: .zero, count: width)
            var touches = false
            for term in relation {
                guard let column = columns[term.cell] else { continue }
                row[column] = ExactRational(term.coefficient)
                touches = true
            }
            if touches { matrix.append(row) }
        }
        let (reduced, pivots) = try Self.reducedRowEchelonForm(matrix, width: width)
        nullBasis = try Self.nullSpaceBasis(reduced, pivots: pivots, width: width)
    }

    /// The status of every unknown, in column order.
    func statuses() throws(ExactArithmeticOverflow) -> [Status] {
        var result: [Status] = []
        for column in unknownCells.indices { result.append(try status(ofColumn: column)) }
        return result
    }

    /// The status of hidden cell `cell` (which must be one of ``unknownCells``).
    func status(ofCell cell: Int) throws(ExactArithmeticOverflow) -> Status {
        guard let column = columnOfCell[cell] else { preconditionFailure("cell \(cell) is not an unknown") }
        return try status(ofColumn: column)
    }

    /// The cells moved by the first null-space basis direction (free columns in column order) that moves `cell`
    /// and keeps every cell non-negative, or nil.
    ///
    /// Why this finds cheap secondary suppressions: in reduced row echelon form the basis vector of a free column
    /// only touches that column and pivot columns to its left. With the columns ordered cheapest first (hidden
    /// cells, then published cells by value), the first direction that moves `cell` is built from the cheapest
    /// cells that can form one; hiding exactly those cells protects `cell`. In a two-way table this is the
    /// cheapest rectangle through the cell.
    func firstProtectingSupport(ofCell cell: Int) throws(ExactArithmeticOverflow) -> [Int]? {
        guard let column = columnOfCell[cell] else { return nil }
        for vector in nullBasis where vector[column] != 0 {
            guard try shifted(by: vector) != nil else { continue }
            return vector.indices.filter { vector[$0] != 0 }.map { unknownCells[$0] }
        }
        return nil
    }

    private func status(ofColumn column: Int) throws(ExactArithmeticOverflow) -> Status {
        let movers = nullBasis.indices.filter { nullBasis[$0][column] != 0 }
        if movers.isEmpty { return .derivable }
        for index in movers {
            if let alternative = try shifted(by: nullBasis[index]) { return .protected(alternative: alternative) }
        }
        // Two directions together can keep every cell non-negative where neither alone does.
        var tries = 0
        for index in movers {
            for other in nullBasis.indices where other != index {
                for sign in [1, -1] {
                    tries += 1
                    if tries > Self.pairTryLimit { return .pinnedByBounds }
                    var combined = nullBasis[index]
                    for position in combined.indices where nullBasis[other][position] != 0 {
                        let step = try ExactRational.multiply(sign, nullBasis[other][position])
                        combined[position] = try ExactRational.add(combined[position], step)
                    }
                    guard combined[column] != 0 else { continue }
                    if let alternative = try shifted(by: combined) { return .protected(alternative: alternative) }
                }
            }
        }
        return .pinnedByBounds
    }

    /// `y + v` or `y − v` when all of it is non-negative (y = true values), else nil.
    private func shifted(by vector: [Int]) throws(ExactArithmeticOverflow) -> [Int]? {
        for sign in [1, -1] {
            var candidate = trueValues
            var valid = true
            for position in candidate.indices where vector[position] != 0 {
                let step = try ExactRational.multiply(sign, vector[position])
                candidate[position] = try ExactRational.add(candidate[position], step)
                if candidate[position] < 0 {
                    valid = false
                    break
                }
            }
            if valid { return candidate }
        }
        return nil
    }

    /// Gauss–Jordan elimination in exact rationals; returns the non-zero rows and their pivot columns.
    static func reducedRowEchelonForm(
        _ input: [[ExactRational]], width: Int
    ) throws(ExactArithmeticOverflow) -> (rows: [[ExactRational]], pivots: [Int]) {
        var rows = input
        var pivots: [Int] = []
        var next = 0
        for column in 0..<width where next < rows.count {
            guard let found = (next..<rows.count).first(where: { !rows[$0][column].isZero }) else { continue }
            rows.swapAt(next, found)
            let pivot = rows[next][column]
            var nonZero: [Int] = []
            for position in column..<width where !rows[next][position].isZero {
                rows[next][position] = try rows[next][position].divided(by: pivot)
                nonZero.append(position)
            }
            for other in rows.indices where other != next && !rows[other][column].isZero {
                let factor = rows[other][column]
                for position in nonZero {
                    let product = try factor.multiplied(by: rows[next][position])
                    rows[other][position] = try rows[other][position].subtracting(product)
                }
            }
            pivots.append(column)
            next += 1
        }
        return (Array(rows.prefix(next)), pivots)
    }

    /// One primitive integer null-space vector per free column.
    static func nullSpaceBasis(
        _ rows: [[ExactRational]], pivots: [Int], width: Int
    ) throws(ExactArithmeticOverflow) -> [[Int]] {
        let pivotSet = Set(pivots)
        var basis: [[Int]] = []
        for free in 0..<width where !pivotSet.contains(free) {
            var entries = [ExactRational](repeating: .zero, count: width)
            entries[free] = .one
            for (row, pivot) in pivots.enumerated() { entries[pivot] = try rows[row][free].negated() }
            // Scale by the lcm of the denominators, then divide by the gcd of the numerators.
            var scale = 1
            for entry in entries where entry.denominator != 1 {
                let divisor = Int(exactly: ExactRational.gcd(scale.magnitude, entry.denominator.magnitude)) ?? 1
                scale = try ExactRational.multiply(scale / divisor, entry.denominator)
            }
            var vector: [Int] = []
            var common: UInt = 0
            for entry in entries {
                let value = try ExactRational.multiply(entry.numerator, scale / entry.denominator)
                vector.append(value)
                common = ExactRational.gcd(common, value.magnitude)
            }
            if common > 1, let divisor = Int(exactly: common) { vector = vector.map { $0 / divisor } }
            basis.append(vector)
        }
        return basis
    }
}
