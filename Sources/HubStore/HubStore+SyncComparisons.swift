public import Foundation
import GRDB
import PlanningDomain
import SyncEngine
import WireProtocol

extension HubStore {
    /// Queues the national-comparison cell of every indicator value `receipt` imported or updated (spec §5.6). Runs
    /// inside the batch's transaction, so a committed value always has its cell queued or already published; the
    /// comparisons themselves are computed by ``publishQueuedComparisons(limit:at:)`` after the commit, which keeps
    /// the batch's answer fast and lets a cell that several batches change be published once.
    static func queueComparisons(for receipt: BatchReceipt, db: Database, at now: Date) throws {
        let insert = try db.cachedStatement(
            sql: "INSERT INTO comparison_queue (cell, queued_at) VALUES (?, ?) ON CONFLICT (cell) DO NOTHING")
        let stamp = now.databaseValue
        for item in receipt.items where item.outcome == .imported || item.outcome == .updated {
            guard let cell = NationalComparisonBuilder.cellKey(of: item.key) else { continue }
            try insert.execute(arguments: [cell.rawValue, stamp])
        }
    }

    /// Publishes up to `limit` queued cells in ONE write transaction: recomputes each cell's national comparison,
    /// appends it to the `national-comparisons` feed when it changed, and removes the cells from the queue. A crash
    /// before the commit leaves them queued; publishing a cell again appends nothing (same content).
    ///
    /// - Returns: how many cells were published and whether more are queued.
    @discardableResult
    public func publishQueuedComparisons(limit: Int = 500, at now: Date = Date()) throws -> (
        published: Int, remaining: Bool
    ) {
        try writer.write { db in
            let queued = try String.fetchAll(
                db, sql: "SELECT cell FROM comparison_queue ORDER BY cell LIMIT ?", arguments: [max(1, limit) + 1])
            let taken = Array(queued.prefix(max(1, limit)))
            guard !taken.isEmpty else { return (0, false) }
            let cells = taken.compactMap { NaturalKey(rawValue: $0).map { Array($0.segments.dropFirst(2)) } }
            try Self.publishComparisons(of: cells, db: db, at: now)
            let list = CanonicalJSON.text(of: .array(taken.map(JSONValue.string)))
            try db.execute(
                sql: "DELETE FROM comparison_queue WHERE cell IN (SELECT value FROM json_each(?))", arguments: [list])
            return (taken.count, queued.count > taken.count)
        }
    }

    /// Publishes every queued cell, a chunk per transaction: what the hub does before it serves a page of the
    /// `national-comparisons` feed, so a reader never sees the feed behind committed values.
    public func publishAllQueuedComparisons(at now: Date = Date()) throws {
        while try publishQueuedComparisons(limit: 2_000, at: now).remaining {}
    }

    /// Whether any cell waits for publication.
    public func hasQueuedComparisons() throws -> Bool {
        try writer.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM comparison_queue)") ?? false }
    }

    /// Recomputes the national comparison of each of `cells` (indicator, definition version, group, period) and
    /// records each changed comparison in the `national-comparisons` feed, inside the caller's transaction.
    ///
    /// Before a comparison is appended, the hub's disclosure control checks it against the national ledger
    /// (``NationalTableDisclosure``): a region whose figure was revised by 1…k−1 since the hub last showed it is
    /// withheld (sent as suppressed, which also withholds the national figure), and every count the comparison
    /// then shows is recorded in the ledger in this same transaction.
    static func publishComparisons(of cells: [[String]], db: Database, at now: Date) throws {
        guard !cells.isEmpty else { return }
        // Only regions that have pushed indicators can hold values (every indicator batch moves its cursor).
        let regions = try String.fetchAll(
            db,
            sql: """
                SELECT t.code FROM tenant t JOIN sync_cursor c ON c.tenant_id = t.id
                WHERE t.kind = 'region' AND c.stream = ? ORDER BY t.code
                """, arguments: [SyncStream.indicators.rawValue])
        let ordered = Set(cells).map { (name: $0.joined(separator: "/"), parts: $0) }.sorted { $0.name < $1.name }
            .map(\.parts)
        let keys = ordered.map { cell in regions.map { NaturalKey(owner: $0, kind: "indicator", parts: cell).rawValue }
        }
        let payloads = try storedIndicatorPayloads(keys.flatMap { $0 }, db: db)
        var definitions: [String: PlanningDomain.IndicatorDefinition?] = [:]
        let stamp = now.databaseValue
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
                        values = try protectFeedValues(values, definition: definition, db: db, at: stamp)
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
        let list = CanonicalJSON.text(of: .array(keys.map(JSONValue.string)))
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
        at stamp: DatabaseValue
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
            period: period, ruleVersion: DisclosureControl.currentRuleVersion, at: stamp, db: db)
        return protected
    }
}
