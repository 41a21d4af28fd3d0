/// Checks a protected release from scratch, without trusting how it was produced: by ``DisclosureControl``, by
/// an older rule version, or by hand.
///
/// It re-derives the reader's knowledge (this release's published values plus every count in the ledger that
/// equals the current value) and, for each hidden cell, asks the exact solver for a witness (another
/// non-negative integer table consistent with everything visible). Each witness is then verified by direct
/// substitution into the original relations, so a bug in the elimination cannot make an unsafe release pass.
public enum DisclosureAudit {
    /// Verifies `protected` against the full `release` it was made from and the ledger as it was *before*
    /// publishing it.
    public static func verify(
        _ protected: ProtectedRelease, of release: StatisticalRelease, ledger: PublicationLedger
    ) -> DisclosureAuditReport {
        var findings: [DisclosureAuditFinding] = []
        let network = DisclosureNetwork(release, ledger: ledger)
        var publishedValues: [DisclosureCellKey: PublishedValue] = [:]
        for cell in protected.published { publishedValues[cell.key] = cell.value }
        let suppressedKeys = protected.suppressedKeys
        for key in (Set(publishedValues.keys).union(suppressedKeys)).sorted() where release.cell(key) == nil {
            findings.append(DisclosureAuditFinding(key: key, kind: .unknownCell))
        }
        for cell in release.cells {
            findings += cellFindings(
                cell, shown: publishedValues[cell.key], suppressed: suppressedKeys.contains(cell.key),
                release: release, ledger: ledger, publishedValues: publishedValues)
        }
        let exposures = Set(protected.exposures.compactMap { network.index(of: $0) })
        let published = network.cells.map { publishedValues[$0.key] != nil }
        for component in network.components.indices {
            findings += componentFindings(component, network: network, published: published, exposures: exposures)
        }
        if protected.payloadStrings.contains(where: DisclosurePayloadScan.containsPersonalIdentityNumber) {
            findings.append(DisclosureAuditFinding(key: nil, kind: .personalIdentityNumber))
        }
        return DisclosureAuditReport(findings: findings)
    }

    private static func cellFindings(
        _ cell: StatisticalCell, shown: PublishedValue?, suppressed: Bool, release: StatisticalRelease,
        ledger: PublicationLedger, publishedValues: [DisclosureCellKey: PublishedValue]
    ) -> [DisclosureAuditFinding] {
        guard (shown != nil) != suppressed else { return [DisclosureAuditFinding(key: cell.key, kind: .missingCell)] }
        guard let shown else { return [] }
        var findings: [DisclosureAuditFinding] = []
        switch cell.content {
        case let .count(value, _):
            if shown != .count(value) { findings.append(.init(key: cell.key, kind: .wrongValue)) }
            if cell.isSmallProtectedCount { findings.append(.init(key: cell.key, kind: .smallCountPublished)) }
            if DisclosureControl.isRiskyRevision(cell, ledger: ledger) {
                findings.append(.init(key: cell.key, kind: .revisionPublished))
            }
        case let .ratio(numerator, denominator):
            let expected = PublishedValue.ratio(
                numerator: release.cell(numerator)?.count ?? 0, denominator: release.cell(denominator)?.count ?? 0)
            if shown != expected { findings.append(.init(key: cell.key, kind: .wrongValue)) }
            if publishedValues[numerator] == nil || publishedValues[denominator] == nil {
                findings.append(.init(key: cell.key, kind: .ratioWithHiddenInput))
            }
        }
        return findings
    }

    private static func componentFindings(
        _ component: Int, network: DisclosureNetwork, published: [Bool], exposures: Set<Int>
    ) -> [DisclosureAuditFinding] {
        let cells = network.components[component]
        let known = { (cell: Int) in published[cell] || network.knownFromLedger[cell] }
        var findings: [DisclosureAuditFinding] = []
        for cell in cells where !published[cell] && network.knownFromLedger[cell] && !exposures.contains(cell) {
            let risky = network.cells[cell].isSmallProtectedCount
            if risky { findings.append(.init(key: network.cells[cell].key, kind: .unreportedExposure)) }
        }
        do throws(ExactArithmeticOverflow) {
            let claimed = cells.filter { exposures.contains($0) && !network.knownFromLedger[$0] }
            if !claimed.isEmpty {
                // An exposure is genuine only if the cell is given away even when everything new stays hidden.
                let allHidden = try network.solver(component: component) { !network.knownFromLedger[$0] }
                for cell in claimed {
                    if case .protected = try allHidden.status(ofCell: cell) {
                        findings.append(.init(key: network.cells[cell].key, kind: .falseExposure))
                    }
                }
            }
            // A group that shows nothing new cannot reveal anything new.
            guard cells.contains(where: { published[$0] && !network.knownFromLedger[$0] }) else { return findings }
            let solver = try network.solver(component: component) { !known($0) }
            let relations = network.componentRelations[component].map { network.relations[$0] }
            for cell in solver.unknownCells where !exposures.contains(cell) {
                let key = network.cells[cell].key
                switch try solver.status(ofCell: cell) {
                case .derivable: findings.append(.init(key: key, kind: .derivable))
                case .pinnedByBounds: findings.append(.init(key: key, kind: .pinnedByBounds))
                case let .protected(alternative):
                    var changed: [Int: Int] = [:]
                    for (position, unknown) in solver.unknownCells.enumerated()
                    where alternative[position] != network.values[unknown] {
                        changed[unknown] = alternative[position]
                    }
                    if !isConsistentAlternative(changed, moving: cell, relations: relations, network: network) {
                        findings.append(.init(key: key, kind: .invalidWitness))
                    }
                }
            }
        } catch {
            findings.append(.init(key: network.cells[cells[0]].key, kind: .unverifiable))
        }
        return findings
    }

    /// Direct substitution: the table with `changed` values is non-negative, satisfies every relation exactly
    /// and gives `cell` a different value.
    private static func isConsistentAlternative(
        _ changed: [Int: Int], moving cell: Int, relations: [[DisclosureSolver.Term]], network: DisclosureNetwork
    ) -> Bool {
        guard changed[cell] != nil, changed.values.allSatisfy({ $0 >= 0 }) else { return false }
        for relation in relations {
            var sum = 0
            for term in relation {
                let value = changed[term.cell] ?? network.values[term.cell]
                let (product, productOverflow) = value.multipliedReportingOverflow(by: term.coefficient)
                let (next, sumOverflow) = sum.addingReportingOverflow(product)
                guard !productOverflow, !sumOverflow else { return false }
                sum = next
            }
            guard sum == 0 else { return false }
        }
        return true
    }
}
