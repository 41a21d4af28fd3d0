import Foundation
import HubStore
import PlanningDomain

extension ComparisonService {
    /// What the hub may show of `cells` (every period of one indicator, version and group): the keys to withhold,
    /// from each period's publication.
    ///
    /// A period whose regional figures are those it was last published with keeps that decision: a read costs a
    /// fingerprint and one indexed query, not an elimination. A period whose figures changed (or that was never
    /// published) is published first, in one write transaction with its ledger records
    /// (``HubStore/publishNationalTables(indicatorID:definitionVersion:group:periods:at:decide:)``), with
    /// ``nationalTableDecision(definition:period:cells:ledger:)`` checking it against everything the hub showed of
    /// the table before. If the figures change again between reading and publishing, they are read again (`reload`);
    /// if they keep changing, every figure is withheld (fail closed).
    ///
    /// - Returns: the cells the decision applies to, and the keys to withhold.
    func publishedProtection(
        definition: IndicatorDefinition, group: String, cells: IndicatorCells, reload: () throws -> IndicatorCells
    ) throws -> (IndicatorCells, Set<IndicatorValueKey>) {
        // Resource-based indicators are exempt from disclosure control: nothing to decide or record.
        guard definition.suppressesSmallCells else { return (cells, []) }
        var cells = cells
        for _ in 0..<3 {
            let fingerprints = Self.fingerprints(cells)
            let periods = fingerprints.keys.sorted()
            var publications = try store.nationalPublications(
                indicatorID: definition.id, definitionVersion: definition.version, group: group, periods: periods)
            var stale = periods.filter { publications[$0]?.fingerprint != fingerprints[$0] }
            if !stale.isEmpty {
                let published = try store.publishNationalTables(
                    indicatorID: definition.id, definitionVersion: definition.version, group: group, periods: stale,
                    at: now()
                ) { period, periodCells, ledger in
                    nationalTableDecision(definition: definition, period: period, cells: periodCells, ledger: ledger)
                }
                publications.merge(published) { _, new in new }
                stale = stale.filter { publications[$0]?.fingerprint != fingerprints[$0] }
            }
            guard stale.isEmpty else {
                cells = try reload()
                continue
            }
            var withheld: Set<IndicatorValueKey> = []
            for period in periods {
                withheld.formUnion(
                    withheldKeys(
                        publications[period]!.withheld, definition: definition, group: group, period: period))
            }
            return (cells, withheld)
        }
        // Still changing under us: show nothing rather than an unchecked figure.
        var withheld = Set(cells.values.map(\.key))
        for period in Set(cells.values.map(\.key.period)) {
            withheld.formUnion(withheldKeys([nationalRegionCode], definition: definition, group: group, period: period))
        }
        return (cells, withheld)
    }

    /// The fingerprint of each period of `cells` that has a figure to show.
    static func fingerprints(_ cells: IndicatorCells) -> [IndicatorPeriod: String] {
        var byPeriod: [IndicatorPeriod: IndicatorCells] = [:]
        for value in cells.values { byPeriod[value.key.period, default: IndicatorCells()].values.append(value) }
        for key in cells.suppressed where byPeriod[key.period] != nil { byPeriod[key.period]!.suppressed.insert(key) }
        return byPeriod.mapValues(NationalPublication.fingerprint(of:))
    }
}
