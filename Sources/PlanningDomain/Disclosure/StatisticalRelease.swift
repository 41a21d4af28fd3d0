/// A table (or several linked tables) about to be published: count and ratio cells plus every linear relation
/// between the counts that a reader can know. Validated on creation, so the rest of disclosure control can rely
/// on unique keys, non-negative counts and relations that hold.
public struct StatisticalRelease: Hashable, Sendable {
    /// The cells, sorted by key.
    public let cells: [StatisticalCell]
    /// The relations, in the caller's order.
    public let relations: [LinearRelation]

    /// Validates and creates a release. Throws when keys repeat, counts are negative, thresholds are below 1,
    /// ratios or relations name missing/non-count cells, or a relation does not hold exactly.
    public init(cells: [StatisticalCell], relations: [LinearRelation] = []) throws(DisclosureError) {
        let sorted = cells.sorted { $0.key < $1.key }
        var byKey: [DisclosureCellKey: StatisticalCell] = [:]
        for cell in sorted {
            guard byKey[cell.key] == nil else { throw .duplicateKey(cell.key) }
            byKey[cell.key] = cell
            guard cell.threshold >= 1 else { throw .invalidThreshold(cell.key, threshold: cell.threshold) }
            if let count = cell.count, count < 0 { throw .negativeCount(cell.key) }
        }
        for cell in sorted {
            guard case let .ratio(numerator, denominator) = cell.content else { continue }
            for input in [numerator, denominator] where byKey[input]?.count == nil {
                throw .invalidRatioInput(ratio: cell.key, input: input)
            }
        }
        for (index, relation) in relations.enumerated() {
            try Self.validate(relation, index: index, byKey: byKey)
        }
        self.cells = sorted
        self.relations = relations
    }

    private static func validate(
        _ relation: LinearRelation, index: Int, byKey: [DisclosureCellKey: StatisticalCell]
    ) throws(DisclosureError) {
        guard !relation.terms.isEmpty, Set(relation.terms.map(\.key)).count == relation.terms.count,
            relation.terms.allSatisfy({ $0.coefficient != 0 })
        else { throw .malformedRelation(index: index) }
        var sum = 0
        for term in relation.terms {
            guard let value = byKey[term.key]?.count else { throw .invalidRelationKey(index: index, key: term.key) }
            let (product, productOverflow) = value.multipliedReportingOverflow(by: term.coefficient)
            let (next, sumOverflow) = sum.addingReportingOverflow(product)
            // Not checkable exactly means not checkable: refuse rather than guess.
            guard !productOverflow, !sumOverflow else { throw .relationTooLarge(index: index) }
            sum = next
        }
        guard sum == 0 else { throw .relationDoesNotHold(index: index, firstKey: relation.terms[0].key) }
    }

    /// The cell with `key`, if any.
    public func cell(_ key: DisclosureCellKey) -> StatisticalCell? {
        var low = 0
        var high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].key == key ? cells[low] : nil
    }
}
