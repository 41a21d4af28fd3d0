import Foundation
import GRDB
import PlanningDomain
import SyncEngine
import WireProtocol

extension HubStore {
    /// Recomputes the national comparison of every indicator cell `receipt` imported or updated, and records each
    /// changed comparison in the `national-comparisons` feed. Runs inside the batch's transaction, so the feed can
    /// never lag behind committed values (a crash loses both or neither).
    ///
    /// Before a comparison is appended, the hub's disclosure control checks it against the national ledger
    /// (``NationalTableDisclosure``): a region whose figure was revised by 1…k−1 since the hub last showed it is
    /// withheld (sent as suppressed, which also withholds the national figure), and every count the comparison
    /// then shows is recorded in the ledger in this same transaction.
    static func publishComparisons(for receipt: BatchReceipt, db: Database, at now: Date) throws {
        let cells = Set(
            receipt.items.filter { $0.outcome == .imported || $0.outcome == .updated }.compactMap {
                NationalComparisonBuilder.cellParts(of: $0.key)
            })
        guard !cells.isEmpty else { return }
        let regions = try String.fetchAll(db, sql: "SELECT code FROM tenant WHERE kind = 'region' ORDER BY code")
        let placeholders = Array(repeating: "?", count: regions.count).joined(separator: ", ")
        let select = try db.makeStatement(
            sql: "SELECT payload FROM sync_record WHERE stream = ? AND item_key IN (\(placeholders))")
        var definitions: [String: PlanningDomain.IndicatorDefinition?] = [:]
        try appendChanges(to: .nationalComparisons, db: db, at: now) { feed in
            for cell in cells.sorted(by: { $0.joined(separator: "/") < $1.joined(separator: "/") }) {
                let keys = regions.map { NaturalKey(owner: $0, kind: "indicator", parts: cell).rawValue }
                let payloads = try String.fetchAll(
                    select, arguments: StatementArguments([SyncStream.indicators.rawValue] + keys))
                var values = payloads.compactMap {
                    try? CanonicalJSON.decode(WireProtocol.IndicatorValue.self, from: Array($0.utf8))
                }
                if let first = values.first {
                    let lookup = "\(first.indicatorID)@\(first.definitionVersion)"
                    if definitions[lookup] == nil {
                        definitions[lookup] = .some(
                            try definition(id: first.indicatorID, version: first.definitionVersion, in: db))
                    }
                    if let definition = definitions[lookup] ?? nil {
                        values = try protectFeedValues(values, definition: definition, db: db, at: now)
                    }
                }
                guard let comparison = NationalComparisonBuilder.comparison(of: values) else { continue }
                try feed.append(comparison.naturalKey, payload: try CanonicalJSON.jsonValue(comparison))
            }
        }
    }

    /// `values` (one cell of every region) with the regions the ledger check withholds marked suppressed, and the
    /// counts then shown recorded in the national ledger.
    private static func protectFeedValues(
        _ values: [WireProtocol.IndicatorValue], definition: PlanningDomain.IndicatorDefinition, db: Database,
        at now: Date
    ) throws -> [WireProtocol.IndicatorValue] {
        guard definition.suppressesSmallCells, let first = values.first,
            let period = IndicatorPeriod.parse(first.period)
        else { return values }
        var figures: [PlanningDomain.IndicatorValue] = []
        for value in values where !value.suppressed {
            let key = IndicatorValueKey(
                regionCode: value.regionCode, indicatorID: value.indicatorID,
                definitionVersion: value.definitionVersion, group: value.group, period: period)
            guard let numerator = value.numerator ?? value.value else { continue }
            if let denominator = value.denominator {
                if let figure = PlanningDomain.IndicatorValue(key: key, numerator: numerator, denominator: denominator)
                {
                    figures.append(figure)
                }
            } else {
                figures.append(PlanningDomain.IndicatorValue(key: key, count: numerator))
            }
        }
        let ledger = try nationalLedger(
            db, indicatorID: definition.id, definitionVersion: definition.version, group: first.group, period: period)
        let decision = NationalTableDisclosure(definition: definition, period: period, values: figures)
            .decide(ledger: ledger)
        let protected = values.map { decision.withheld.contains($0.regionCode) ? $0.suppressedCopy : $0 }
        // The builder shows the national figure only when no region is suppressed; record it only then.
        let nationalShown = !protected.contains { $0.suppressed }
        let shown = decision.shown.filter { $0.regionCode != NationalPublication.nationalCode || nationalShown }
        try recordNationalLedger(
            shown, indicatorID: definition.id, definitionVersion: definition.version, group: first.group,
            period: period, ruleVersion: DisclosureControl.currentRuleVersion, at: now.databaseValue, db: db)
        return protected
    }
}
