import PlanningDomain

/// An attacker that knows the table's structure and every visible value and tries *every* non-negative integer
/// value for the hidden cells. Deliberately independent of the production solver: no elimination, no rationals,
/// just bounds propagation and exhaustive depth-first search. Only for small tables.
struct BruteForceAttacker {
    private let keys: [DisclosureCellKey]
    private let relations: [[(cell: Int, coefficient: Int)]]
    private let hidden: [Int]
    private var lower: [Int]
    private var upper: [Int]
    private var fixed: [Int?]

    /// `visible` are the values the attacker has (published now, or earlier with the same value); every other
    /// count cell of `release` is hidden. `searchBound` caps a hidden cell that no relation bounds.
    init(release: StatisticalRelease, visible: [DisclosureCellKey: Int], searchBound: Int) {
        let keys = release.cells.filter { $0.count != nil }.map(\.key)
        self.keys = keys
        var index: [DisclosureCellKey: Int] = [:]
        for (position, key) in keys.enumerated() { index[key] = position }
        relations = release.relations.map { relation in
            relation.terms.map { (cell: index[$0.key]!, coefficient: $0.coefficient) }
        }
        fixed = keys.map { visible[$0] }
        hidden = keys.indices.filter { visible[keys[$0]] == nil }
        lower = keys.map { visible[$0] ?? 0 }
        upper = keys.map { visible[$0] ?? searchBound }
        tightenBounds()
    }

    /// The visible values of a protected release plus the ledger's counts that equal the current value (an attacker
    /// who assumes an old value is still current).
    static func visibleValues(
        _ protected: ProtectedRelease, release: StatisticalRelease, ledger: PublicationLedger = PublicationLedger()
    ) -> [DisclosureCellKey: Int] {
        var visible: [DisclosureCellKey: Int] = [:]
        for cell in protected.published { if let count = cell.value.count { visible[cell.key] = count } }
        for cell in release.cells {
            if let count = cell.count, ledger.visibleCounts(of: cell.key).contains(count) { visible[cell.key] = count }
        }
        return visible
    }

    /// Hidden cells whose every consistent completion gives the same value.
    func pinnedCells() -> [DisclosureCellKey] {
        hidden.filter { feasibleValues(of: $0, atMost: 2).count < 2 }.map { keys[$0] }
    }

    /// Up to `limit` distinct values the hidden cell `key` can take in a consistent completion.
    func feasibleValues(of key: DisclosureCellKey, atMost limit: Int = 2) -> [Int] {
        guard let cell = keys.firstIndex(of: key), fixed[cell] == nil else { return [] }
        return feasibleValues(of: cell, atMost: limit)
    }

    private func feasibleValues(of cell: Int, atMost limit: Int) -> [Int] {
        var found: [Int] = []
        guard lower[cell] <= upper[cell] else { return [] }
        for value in lower[cell]...upper[cell] {
            var assignment = fixed
            assignment[cell] = value
            if isCompletable(&assignment, remaining: hidden.filter { $0 != cell }[...]) {
                found.append(value)
                if found.count >= limit { break }
            }
        }
        return found
    }

    private func isCompletable(_ assignment: inout [Int?], remaining: ArraySlice<Int>) -> Bool {
        guard isConsistent(assignment) else { return false }
        guard let next = remaining.first else { return true }
        guard lower[next] <= upper[next] else { return false }
        for value in lower[next]...upper[next] {
            assignment[next] = value
            if isCompletable(&assignment, remaining: remaining.dropFirst()) { return true }
        }
        assignment[next] = nil
        return false
    }

    /// Every relation can still be met given the bounds of its unassigned cells.
    private func isConsistent(_ assignment: [Int?]) -> Bool {
        for relation in relations {
            var sum = 0
            var low = 0
            var high = 0
            for term in relation {
                if let value = assignment[term.cell] {
                    sum += term.coefficient * value
                } else if term.coefficient > 0 {
                    low += term.coefficient * lower[term.cell]
                    high += term.coefficient * upper[term.cell]
                } else {
                    low += term.coefficient * upper[term.cell]
                    high += term.coefficient * lower[term.cell]
                }
            }
            if sum + low > 0 || sum + high < 0 { return false }
        }
        return true
    }

    /// Interval propagation to a fixed point: each cell's bounds from every relation it is in.
    private mutating func tightenBounds() {
        var changed = true
        while changed {
            changed = false
            for relation in relations {
                for target in relation where fixed[target.cell] == nil {
                    var low = 0
                    var high = 0
                    for term in relation where term.cell != target.cell {
                        let (a, b) = (term.coefficient * lower[term.cell], term.coefficient * upper[term.cell])
                        low += min(a, b)
                        high += max(a, b)
                    }
                    // target.coefficient · x = −(rest) ∈ [−high, −low]
                    let c = target.coefficient
                    let (from, to) = c > 0 ? (-high, -low) : (low, high)
                    let magnitude = abs(c)
                    let newLower = max(lower[target.cell], Self.ceilDiv(from, magnitude))
                    let newUpper = min(upper[target.cell], Self.floorDiv(to, magnitude))
                    if newLower != lower[target.cell] || newUpper != upper[target.cell] {
                        lower[target.cell] = newLower
                        upper[target.cell] = newUpper
                        changed = true
                    }
                }
            }
        }
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    private static func ceilDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? (a + b - 1) / b : -((-a) / b) }
}
