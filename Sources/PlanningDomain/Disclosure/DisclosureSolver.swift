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
/// different value. The search for a witness (null-space basis vectors, then a greedy repair) is incomplete on
/// purpose; when it finds none the cell is reported as pinned and more is suppressed (fail closed).
struct DisclosureSolver: Sendable {
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

    /// A sparse integer vector over columns, sorted by column, without zeros.
    typealias SparseVector = [(column: Int, value: Int)]

    /// The hidden cells, one per column, in the caller's order.
    let unknownCells: [Int]
    private let trueValues: [Int]
    private let columnOfCell: [Int: Int]
    /// A basis of the null space as primitive integer vectors.
    private var nullBasis: [SparseVector]
    /// For each column, the basis vectors that move it.
    private var basisTouching: [[Int]]
    /// Columns that were made visible after the reduction (see ``fixing(cell:)``).
    private var fixedColumns: Set<Int> = []

    /// How many directions a repair starts from, how many steps it takes and how many directions it weighs
    /// per step before giving up (and suppressing more).
    static let repairStarts = 4
    static let repairSteps = 24
    static let repairCandidates = 16

    /// Reduces the system for `unknownCells` (one column each, in this order) under `relations`; `values` gives
    /// every cell's true value. Throws when exact arithmetic overflows.
    init(unknownCells: [Int], relations: [[Term]], values: (Int) -> Int) throws(ExactArithmeticOverflow) {
        self.unknownCells = unknownCells
        var columns: [Int: Int] = [:]
        for (column, cell) in unknownCells.enumerated() { columns[cell] = column }
        columnOfCell = columns
        trueValues = unknownCells.map(values)
        var rows: [SparseRow] = []
        for relation in relations {
            var row: SparseRow = []
            for term in relation {
                if let column = columns[term.cell] { row.append((column, ExactRational(term.coefficient))) }
            }
            row.sort { $0.column < $1.column }
            if !row.isEmpty { rows.append(row) }
        }
        let (reduced, pivots) = try Self.reducedRowEchelonForm(rows, width: unknownCells.count)
        nullBasis = try Self.nullSpaceBasis(reduced, pivots: pivots, width: unknownCells.count)
        basisTouching = Self.touching(nullBasis, width: unknownCells.count)
    }

    /// The status of hidden cell `cell` (which must be one of ``unknownCells`` and not fixed).
    func status(ofCell cell: Int) throws(ExactArithmeticOverflow) -> Status {
        guard let column = columnOfCell[cell], !fixedColumns.contains(column) else {
            preconditionFailure("cell \(cell) is not an unknown")
        }
        if basisTouching[column].isEmpty { return .derivable }
        guard let (direction, sign) = try witnessDirection(column: column) else { return .pinnedByBounds }
        var alternative = trueValues
        for entry in direction { alternative[entry.column] += sign * entry.value }
        return .protected(alternative: alternative)
    }

    /// A direction and sign that move `column` and keep every cell non-negative: basis vectors first, then repairs.
    private func witnessDirection(column: Int) throws(ExactArithmeticOverflow) -> (SparseVector, Int)? {
        let movers = basisTouching[column]
        for index in movers {
            if let sign = try feasibleSign(nullBasis[index]) { return (nullBasis[index], sign) }
        }
        // Repair: start from a direction that moves the cell and add other directions to lift every cell it
        // pushes below zero, as long as the cell itself stays moved.
        for index in movers.prefix(Self.repairStarts) {
            for sign in [1, -1] {
                if let repaired = try repaired(start: index, sign: sign, column: column) { return (repaired, 1) }
            }
        }
        return nil
    }

    /// Greedy repair of `sign · basis[start]`: while some cell would go negative, add the basis direction (a
    /// multiple just large enough) that leaves the fewest and smallest negatives, keeping `column` moved.
    private func repaired(start: Int, sign: Int, column: Int) throws(ExactArithmeticOverflow) -> SparseVector? {
        var direction = try Self.combine(nullBasis[start], sign, [], 0)
        for _ in 0..<Self.repairSteps {
            var deficits: [(column: Int, amount: Int)] = []
            for entry in direction {
                let moved = try ExactRational.add(trueValues[entry.column], entry.value)
                if moved < 0 { deficits.append((entry.column, -moved)) }
            }
            guard let worst = deficits.first else { return direction }
            var best: (vector: SparseVector, shortfall: Int)?
            for other in basisTouching[worst.column].prefix(Self.repairCandidates) {
                let lift = Self.value(of: nullBasis[other], at: worst.column)
                let step = (worst.amount + lift.magnitude.asInt - 1) / lift.magnitude.asInt
                let candidate = try Self.combine(direction, 1, nullBasis[other], lift > 0 ? step : -step)
                guard Self.value(of: candidate, at: column) != 0 else { continue }
                var shortfall = 0
                for entry in candidate {
                    let moved = try ExactRational.add(trueValues[entry.column], entry.value)
                    if moved < 0 { shortfall = try ExactRational.add(shortfall, -moved) }
                }
                if best == nil || shortfall < best?.shortfall ?? 0 { best = (candidate, shortfall) }
            }
            guard let best else { return nil }
            direction = best.vector
        }
        return nil
    }

    /// True when every unknown (not fixed) in `cells` has a witness.
    func protectsAll(_ cells: some Sequence<Int>) throws(ExactArithmeticOverflow) -> Bool {
        for cell in cells {
            guard let column = columnOfCell[cell], !basisTouching[column].isEmpty,
                try witnessDirection(column: column) != nil
            else { return false }
        }
        return true
    }

    /// The cheapest basis direction that moves `cell` and keeps every cell non-negative: its cells and its cost
    /// (the sum of `cost` over its cells), or nil when there is none.
    ///
    /// Why this finds good secondary suppressions: in reduced row echelon form the basis vector of a free column
    /// only touches that column and pivot columns to its left. With the columns ordered cheapest first (hidden
    /// cells, then published cells by value) the directions are built from cheap cells; hiding the cells of one
    /// protects `cell`. In a two-way table this is a cheap rectangle through the cell.
    func cheapestProtectingSupport(
        ofCell cell: Int, cost: (Int) -> Int
    ) throws(ExactArithmeticOverflow) -> (cells: [Int], cost: Int)? {
        guard let column = columnOfCell[cell] else { return nil }
        var best: (cells: [Int], cost: Int)?
        for index in basisTouching[column] {
            let vector = nullBasis[index]
            let total = vector.reduce(0) { $0 + cost(unknownCells[$1.column]) }
            if let best, best.cost <= total { continue }
            guard try feasibleSign(vector) != nil else { continue }
            best = (vector.map { unknownCells[$0.column] }, total)
        }
        return best
    }

    /// The solver for the same system with `cell` made visible, without a new elimination: the null space of
    /// the smaller system is the part of this one that does not move `cell`.
    func fixing(cell: Int) throws(ExactArithmeticOverflow) -> DisclosureSolver {
        guard let column = columnOfCell[cell] else { preconditionFailure("cell \(cell) is not an unknown") }
        var copy = self
        copy.fixedColumns.insert(column)
        let movers = basisTouching[column]
        guard let first = movers.first else { return copy }
        let anchor = nullBasis[first]
        let anchorValue = Self.value(of: anchor, at: column)
        for index in movers.dropFirst() {
            let vector = nullBasis[index]
            // v·a_c − a·v_c has a zero at the column.
            copy.nullBasis[index] = try Self.combine(vector, anchorValue, anchor, -Self.value(of: vector, at: column))
        }
        copy.nullBasis.remove(at: first)
        copy.nullBasis.removeAll { $0.isEmpty }
        copy.basisTouching = Self.touching(copy.nullBasis, width: unknownCells.count)
        return copy
    }

    /// +1 when `y + v` is non-negative, −1 when `y − v` is (y = true values), else nil.
    private func feasibleSign(_ vector: SparseVector) throws(ExactArithmeticOverflow) -> Int? {
        for sign in [1, -1] {
            var valid = true
            for entry in vector {
                let moved = try ExactRational.add(trueValues[entry.column], ExactRational.multiply(sign, entry.value))
                if moved < 0 {
                    valid = false
                    break
                }
            }
            if valid { return sign }
        }
        return nil
    }

    private static func value(of vector: SparseVector, at column: Int) -> Int {
        vector.first { $0.column == column }?.value ?? 0
    }

    /// `a·x + b·y`, reduced by the gcd of its entries.
    private static func combine(
        _ x: SparseVector, _ a: Int, _ y: SparseVector, _ b: Int
    ) throws(ExactArithmeticOverflow) -> SparseVector {
        var result: SparseVector = []
        var (i, j) = (0, 0)
        while i < x.count || j < y.count {
            let column = min(i < x.count ? x[i].column : Int.max, j < y.count ? y[j].column : Int.max)
            var sum = 0
            if i < x.count, x[i].column == column {
                sum = try ExactRational.multiply(a, x[i].value)
                i += 1
            }
            if j < y.count, y[j].column == column {
                sum = try ExactRational.add(sum, ExactRational.multiply(b, y[j].value))
                j += 1
            }
            if sum != 0 { result.append((column, sum)) }
        }
        let common = result.reduce(UInt(0)) { ExactRational.gcd($0, $1.value.magnitude) }
        guard common > 1, let divisor = Int(exactly: common) else { return result }
        return result.map { ($0.column, $0.value / divisor) }
    }

    private static func touching(_ basis: [SparseVector], width: Int) -> [[Int]] {
        var result = [[Int]](repeating: [], count: width)
        for (index, vector) in basis.enumerated() {
            for entry in vector { result[entry.column].append(index) }
        }
        return result
    }

    /// A sparse row: (column, value) sorted by column, without zeros.
    typealias SparseRow = [(column: Int, value: ExactRational)]

    /// Gauss–Jordan elimination in exact rationals on sparse rows; returns the non-zero rows and their pivots.
    static func reducedRowEchelonForm(
        _ input: [SparseRow], width: Int
    ) throws(ExactArithmeticOverflow) -> (rows: [SparseRow], pivots: [Int]) {
        var rows = input
        var pivots: [Int] = []
        var next = 0
        for column in 0..<width where next < rows.count {
            // Rows not yet used as pivots are zero in every column already processed, so their first entry tells.
            guard let found = (next..<rows.count).first(where: { rows[$0].first?.column == column }) else { continue }
            rows.swapAt(next, found)
            let pivot = rows[next][0].value
            var pivotRow: SparseRow = []
            for entry in rows[next] { pivotRow.append((entry.column, try entry.value.divided(by: pivot))) }
            rows[next] = pivotRow
            for other in rows.indices where other != next {
                guard let factor = value(in: rows[other], at: column) else { continue }
                rows[other] = try subtract(pivotRow, times: factor, from: rows[other])
            }
            pivots.append(column)
            next += 1
        }
        return (Array(rows.prefix(next)), pivots)
    }

    /// The entry of a sparse row at `column` (binary search).
    static func value(in row: SparseRow, at column: Int) -> ExactRational? {
        var (low, high) = (0, row.count)
        while low < high {
            let middle = (low + high) / 2
            if row[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < row.count && row[low].column == column ? row[low].value : nil
    }

    /// `row − factor·pivotRow`, merged.
    private static func subtract(
        _ pivotRow: SparseRow, times factor: ExactRational, from row: SparseRow
    ) throws(ExactArithmeticOverflow) -> SparseRow {
        var result: SparseRow = []
        result.reserveCapacity(row.count + pivotRow.count)
        var (i, j) = (0, 0)
        while i < row.count || j < pivotRow.count {
            if j == pivotRow.count || (i < row.count && row[i].column < pivotRow[j].column) {
                result.append(row[i])
                i += 1
            } else if i == row.count || pivotRow[j].column < row[i].column {
                result.append((pivotRow[j].column, try pivotRow[j].value.multiplied(by: factor).negated()))
                j += 1
            } else {
                let updated = try row[i].value.subtracting(pivotRow[j].value.multiplied(by: factor))
                if !updated.isZero { result.append((row[i].column, updated)) }
                i += 1
                j += 1
            }
        }
        return result
    }

    /// One primitive integer null-space vector per free column.
    static func nullSpaceBasis(
        _ rows: [SparseRow], pivots: [Int], width: Int
    ) throws(ExactArithmeticOverflow) -> [SparseVector] {
        let pivotSet = Set(pivots)
        var rowsWithColumn = [[(row: Int, value: ExactRational)]](repeating: [], count: width)
        for (row, entries) in rows.enumerated() {
            for entry in entries where !pivotSet.contains(entry.column) {
                rowsWithColumn[entry.column].append((row, entry.value))
            }
        }
        var basis: [SparseVector] = []
        for free in 0..<width where !pivotSet.contains(free) {
            var entries: [(column: Int, value: ExactRational)] = [(free, .one)]
            for (row, value) in rowsWithColumn[free] { entries.append((pivots[row], try value.negated())) }
            entries.sort { $0.column < $1.column }
            // Scale by the lcm of the denominators, then divide by the gcd of the numerators.
            var scale = 1
            for entry in entries where entry.value.denominator != 1 {
                let divisor = Int(exactly: ExactRational.gcd(scale.magnitude, entry.value.denominator.magnitude)) ?? 1
                scale = try ExactRational.multiply(scale / divisor, entry.value.denominator)
            }
            var vector: SparseVector = []
            var common: UInt = 0
            for entry in entries {
                let value = try ExactRational.multiply(entry.value.numerator, scale / entry.value.denominator)
                vector.append((entry.column, value))
                common = ExactRational.gcd(common, value.magnitude)
            }
            if common > 1, let divisor = Int(exactly: common) {
                vector = vector.map { ($0.column, $0.value / divisor) }
            }
            basis.append(vector)
        }
        return basis
    }
}

extension UInt {
    /// The value as an `Int` (callers only use magnitudes of `Int`s other than `Int.min`).
    fileprivate var asInt: Int { Int(clamping: self) }
}
