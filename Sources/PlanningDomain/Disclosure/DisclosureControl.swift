/// Disclosure control: decides which cells of a statistical release may leave the node (or be published by the
/// hub) so that no person-based count in 1..k−1 can be read or computed. See `Disclosure/README.md`.
///
/// ```swift
/// let release = try StatisticalRelease(cells: cells, relations: [.sum("total", of: ["a", "b", "c"])])
/// let protected = try DisclosureControl.protect(release, ledger: ledger)
/// try ledger.record(protected, at: "2025-03-14T09:30:00Z")
/// ```
public enum DisclosureControl {
    /// The version of the rules implemented here; recorded with every publication.
    public static let currentRuleVersion = "balans-disclosure-1"

    /// Protects `release`: primary suppression (protected counts 1..k−1), revision check against `ledger`,
    /// secondary suppression proven by exact elimination over everything published (this release and the
    /// ledger), ratios whose inputs are hidden, and a scan of everything sent for personal identity numbers.
    ///
    /// Throws ``DisclosureError/personalIdentityNumber(location:)`` when a key or value looks like a
    /// personnummer or samordningsnummer; nothing may be sent then.
    public static func protect(
        _ release: StatisticalRelease, ledger: PublicationLedger = PublicationLedger(),
        ruleVersion: String = currentRuleVersion
    ) throws(DisclosureError) -> ProtectedRelease {
        let network = DisclosureNetwork(release, ledger: ledger)
        var engine = SecondarySuppression(network: network, primary: primaryReasons(network, ledger: ledger))
        engine.run()
        var published: [ProtectedRelease.PublishedCell] = []
        var suppressed: [ProtectedRelease.SuppressedCell] = []
        for (cell, reason) in zip(network.cells, engine.reasons) {
            if let reason {
                suppressed.append(.init(key: cell.key, reason: reason))
            } else {
                published.append(.init(key: cell.key, value: .count(cell.count ?? 0)))
            }
        }
        for cell in release.cells {
            guard case let .ratio(numerator, denominator) = cell.content else { continue }
            let hidden = [numerator, denominator].first { key in
                network.index(of: key).map { engine.reasons[$0] != nil } ?? true
            }
            if let hidden {
                suppressed.append(.init(key: cell.key, reason: .dependent(on: hidden)))
            } else {
                let top = release.cell(numerator)?.count ?? 0
                let bottom = release.cell(denominator)?.count ?? 0
                published.append(.init(key: cell.key, value: .ratio(numerator: top, denominator: bottom)))
            }
        }
        let protected = ProtectedRelease(
            ruleVersion: ruleVersion, published: published, suppressed: suppressed,
            exposures: engine.exposures.map { network.cells[$0].key })
        try DisclosurePayloadScan.check(protected)
        return protected
    }

    /// Primary and revision reasons per count cell of `network`.
    static func primaryReasons(_ network: DisclosureNetwork, ledger: PublicationLedger) -> [SuppressionReason?] {
        network.cells.map { cell in
            if cell.isSmallProtectedCount { return .primary }
            if isRiskyRevision(cell, ledger: ledger) { return .revision }
            return nil
        }
    }

    /// True when `cell` is protected and differs from a value published earlier by 1..k−1 (either way): showing
    /// it would reveal that a handful of people were added or removed.
    static func isRiskyRevision(_ cell: StatisticalCell, ledger: PublicationLedger) -> Bool {
        guard cell.protectsSmallCounts, let count = cell.count else { return false }
        return ledger.visibleCounts(of: cell.key).contains { earlier in
            let difference = earlier > count ? earlier - count : count - earlier
            return difference >= 1 && difference < cell.threshold
        }
    }
}
