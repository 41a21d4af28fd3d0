public import PlanningDomain
public import SyncEngine
import WireProtocol

/// The node's disclosure gate for indicator exports: ``IndicatorDisclosure`` (primary and secondary suppression
/// proven by exact elimination over the exported table, revision check against `ledger`).
///
/// A person-based value leaves the region with its numbers only when every count it shows may be published; a
/// small count (1…k−1, k = the definition's suppression threshold), a count from which a small one could be
/// computed (e.g. a month together with its other weeks), or a revision that differs from a value published
/// before by 1…k−1 leaves as `suppressed: true` without numbers. Resource-based values are exempt.
///
/// The export itself (``IndicatorExport``) reads the ledger from the node database and records what it sent in
/// the transaction that writes the outbox; this closure form serves callers that hold a ledger themselves.
public func indicatorDisclosureGate(
    catalogue: IndicatorCatalogue, ledger: PublicationLedger = PublicationLedger()
) -> IndicatorExporter.Gate {
    let disclosure = IndicatorDisclosure(catalogue: catalogue)
    return { values in disclosure.protect(values, ledger: ledger).values }
}
