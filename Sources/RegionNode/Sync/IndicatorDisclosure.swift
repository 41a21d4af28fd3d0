import Foundation
public import PlanningDomain
public import WireProtocol

/// Disclosure control for the node's indicator export (architecture §5): primary and secondary suppression proven
/// by ``PlanningDomain/DisclosureControl`` over the table the export forms, checked against what the node has
/// published before (the ``PlanningDomain/PublicationLedger`` kept in the node database).
///
/// Person-based values are modelled by ``IndicatorDisclosureTable`` (one cell per quantity, group and period, with
/// month = Σ weeks and the other identities the indicator computer guarantees). A value leaves the region with its
/// numbers only when every cell it shows is published; otherwise it leaves as `suppressed: true` without numbers.
/// Resource-based values are exempt. Deterministic: the same values and ledger give the same output.
public struct IndicatorDisclosure: Sendable {
    /// The outcome of one export's disclosure control.
    public struct Outcome: Sendable, Hashable {
        /// The values as they may leave the region, in the input order.
        public var values: [WireProtocol.IndicatorValue]
        /// The counts the published values show, by cell key (what the ledger must record once they are sent).
        public var shown: [DisclosureCellKey: Int]
        /// Hidden cells a reader could already compute from earlier publications (an old leak an operator should
        /// see; nothing in this export made them visible).
        public var exposures: [DisclosureCellKey]
        /// The specialties whose table could not be checked (inconsistent or non-integer counts, or a personal
        /// identity number in a key); all their person-based values are withheld.
        public var unverifiable: [String]

        /// The records to add to the ledger when the export is committed, at `timestamp` (ISO 8601).
        public func records(at timestamp: String, ruleVersion: String = DisclosureControl.currentRuleVersion)
            -> [PublicationRecord]
        {
            shown.keys.sorted().map { key in
                PublicationRecord(
                    key: key, value: .count(shown[key]!), ruleVersion: ruleVersion, publishedAt: timestamp)
            }
        }
    }

    /// The catalogue the values were computed from.
    public let catalogue: IndicatorCatalogue

    /// Disclosure control for values computed from `catalogue`.
    public init(catalogue: IndicatorCatalogue) { self.catalogue = catalogue }

    /// Protects `values` against everything in `ledger`.
    public func protect(_ values: [WireProtocol.IndicatorValue], ledger: PublicationLedger = PublicationLedger())
        -> Outcome
    {
        let table = IndicatorDisclosureTable(values: values, catalogue: catalogue)
        // No relation crosses a specialty, so each specialty's release is protected on its own, on every core.
        let roots = table.partitions.keys.sorted()
        let releases = ParallelChunks.map(roots, concurrency: ProcessInfo.processInfo.activeProcessorCount) { chunk in
            chunk.map { root -> ProtectedRelease? in
                guard !table.partitions[root]!.failed else { return nil }
                // Fail closed: a table that cannot be checked is not shown at all.
                return try? DisclosureControl.protect(table.release(of: root), ledger: ledger)
            }
        }
        var hidden: Set<DisclosureCellKey> = []
        var exposures: [DisclosureCellKey] = []
        var failed: Set<String> = []
        for (root, protected) in zip(roots, releases) {
            guard let protected else {
                failed.insert(root)
                continue
            }
            hidden.formUnion(protected.suppressedKeys)
            exposures += protected.exposures
        }
        var output = values
        var shown: [DisclosureCellKey: Int] = [:]
        for index in values.indices {
            guard let entry = table.entries[index] else { continue }
            let root = table.roots[index]!
            if entry.heldBack || failed.contains(root) || entry.cells.contains(where: hidden.contains) {
                output[index] = values[index].suppressedCopy
            } else {
                for key in entry.cells { shown[key] = table.partitions[root]!.counts[key] }
            }
        }
        return Outcome(values: output, shown: shown, exposures: exposures.sorted(), unverifiable: failed.sorted())
    }
}
