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
        let ordered = cells.map { (name: $0.joined(separator: "/"), parts: $0) }.sorted { $0.name < $1.name }.map(
            \.parts)
        let keys = ordered.map { cell in regions.map { NaturalKey(owner: $0, kind: "indicator", parts: cell).rawValue }
        }
        let payloads = try storedIndicatorPayloads(keys.flatMap { $0 }, db: db)
        var definitions: [String: PlanningDomain.IndicatorDefinition?] = [:]
        try appendChanges(to: .nationalComparisons, db: db, at: now) { feed in
            for cellKeys in keys {
                var values: [WireProtocol.IndicatorValue] = []
                for key in cellKeys {
                    guard let text = payloads[key], let value = IndicatorValue.decodeStored(text) else { continue }
                    values.append(value)
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

    /// The stored payload of each of `keys` that the hub holds, by item key, read with one query (a batch of 500
    /// items asks for 500 cells × every region).
    private static func storedIndicatorPayloads(_ keys: [String], db: Database) throws -> [String: String] {
        let list = String(decoding: CanonicalJSON.bytes(of: .array(keys.map(JSONValue.string))), as: UTF8.self)
        var result: [String: String] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT item_key, payload FROM sync_record
                    WHERE stream = ? AND item_key IN (SELECT value FROM json_each(?))
                    """), arguments: [SyncStream.indicators.rawValue, list])
        while let row = try rows.next() { result[row[0]] = row[1] }
        return result
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
