/// A release's count cells as indices, with relations by index and the groups of linked cells (connected
/// components of the relation graph). Shared by ``DisclosureControl`` and ``DisclosureAudit``; independent
/// groups never share an equation, so each is solved on its own (this is what keeps the elimination small).
struct DisclosureNetwork: Sendable {
    /// The count cells, ascending by key; an index into this array is a cell's identity.
    let cells: [StatisticalCell]
    /// Each cell's value.
    let values: [Int]
    /// Each cell's ``StatisticalCell/hidingWeight``.
    let weights: [Int]
    /// The relations by cell index.
    let relations: [[DisclosureSolver.Term]]
    /// For each cell, the relations it appears in.
    let relationsOfCell: [[Int]]
    /// Groups of linked cells: cell indices ascending, groups ordered by their first cell.
    let components: [[Int]]
    /// For each component, its relations.
    let componentRelations: [[Int]]
    /// True for cells whose current value is already public through the ledger.
    let knownFromLedger: [Bool]
    private let indexOfKey: [DisclosureCellKey: Int]

    init(_ release: StatisticalRelease, ledger: PublicationLedger) {
        cells = release.cells.filter { $0.count != nil }
        values = cells.map { $0.count ?? 0 }
        weights = cells.map(\.hidingWeight)
        var index: [DisclosureCellKey: Int] = [:]
        for (position, cell) in cells.enumerated() { index[cell.key] = position }
        indexOfKey = index
        relations = release.relations.map { relation in
            relation.terms.compactMap { term in
                index[term.key].map { DisclosureSolver.Term(cell: $0, coefficient: term.coefficient) }
            }
        }
        var byCell = [[Int]](repeating: [], count: cells.count)
        for (position, relation) in relations.enumerated() {
            for term in relation { byCell[term.cell].append(position) }
        }
        relationsOfCell = byCell
        // A reader who has seen this exact value before knows it, whatever this release does.
        knownFromLedger = cells.map { ledger.visibleCounts(of: $0.key).contains($0.count ?? -1) }
        (components, componentRelations) = Self.connectedComponents(cellCount: cells.count, relations: relations)
    }

    /// What hiding a published `cell` costs: its value plus one (a zero is not free either), times its weight.
    func hidingCost(_ cell: Int) -> Int { (values[cell] + 1) * weights[cell] }

    /// The index of the count cell `key`.
    func index(of key: DisclosureCellKey) -> Int? { indexOfKey[key] }

    /// Cells that share a relation with `cell`, ascending, without `cell` itself.
    func neighbours(of cell: Int) -> [Int] {
        var seen = Set<Int>()
        for relation in relationsOfCell[cell] {
            for term in relations[relation] where term.cell != cell { seen.insert(term.cell) }
        }
        return seen.sorted()
    }

    /// The solver for `component` with `isHidden` cells as unknowns.
    func solver(component: Int, isHidden: (Int) -> Bool) throws(ExactArithmeticOverflow) -> DisclosureSolver {
        let unknowns = components[component].filter(isHidden)
        let equations = componentRelations[component].map { relations[$0] }
        return try DisclosureSolver(unknownCells: unknowns, relations: equations) { values[$0] }
    }

    private static func connectedComponents(
        cellCount: Int, relations: [[DisclosureSolver.Term]]
    ) -> ([[Int]], [[Int]]) {
        var parent = Array(0..<cellCount)
        func root(_ cell: Int) -> Int {
            var cell = cell
            while parent[cell] != cell {
                parent[cell] = parent[parent[cell]]
                cell = parent[cell]
            }
            return cell
        }
        for relation in relations {
            guard let first = relation.first else { continue }
            for term in relation.dropFirst() {
                let (a, b) = (root(first.cell), root(term.cell))
                // Union by smaller index keeps the result independent of the order of the relations.
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var componentOfRoot: [Int: Int] = [:]
        var components: [[Int]] = []
        for cell in 0..<cellCount {
            let top = root(cell)
            if let existing = componentOfRoot[top] {
                components[existing].append(cell)
            } else {
                componentOfRoot[top] = components.count
                components.append([cell])
            }
        }
        var componentRelations = [[Int]](repeating: [], count: components.count)
        for (position, relation) in relations.enumerated() {
            guard let first = relation.first, let component = componentOfRoot[root(first.cell)] else { continue }
            componentRelations[component].append(position)
        }
        return (components, componentRelations)
    }
}
