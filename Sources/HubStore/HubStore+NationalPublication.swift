public import Foundation
import GRDB
public import PlanningDomain

extension HubStore {
    /// The stored publications of `periods` of the national table of `indicatorID` at `definitionVersion` in
    /// `group` (periods never published are absent).
    public func nationalPublications(
        indicatorID: String, definitionVersion: Int, group: String, periods: [IndicatorPeriod]
    ) throws -> [IndicatorPeriod: NationalPublication] {
        try writer.read { db in
            try Self.nationalPublications(
                db, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group, periods: periods)
        }
    }

    /// Publishes `periods` of a national table, in ONE write transaction: for each period whose regional figures
    /// changed since its last publication (or that was never published), reads the figures and the table's ledger
    /// as committed, lets `decide` (disclosure control) choose what to withhold against that ledger, records every
    /// count the table then shows in the ledger and stores the decision. A period whose figures are unchanged keeps
    /// its stored decision, so publishing is idempotent and concurrent callers agree. A throw writes nothing.
    ///
    /// - Returns: the publication of every period in `periods` that has figures.
    public func publishNationalTables(
        indicatorID: String, definitionVersion: Int, group: String, periods: [IndicatorPeriod], at now: Date,
        ruleVersion: String = DisclosureControl.currentRuleVersion,
        decide: (IndicatorPeriod, IndicatorCells, PublicationLedger) throws -> NationalTableDecision
    ) throws -> [IndicatorPeriod: NationalPublication] {
        try writer.write { db in
            let stored = try Self.nationalPublications(
                db, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group, periods: periods)
            let select = try db.cachedStatement(
                sql: """
                    SELECT t.code, v.period, v.suppressed, v.numerator, v.denominator
                    FROM indicator_value v JOIN tenant t ON t.id = v.tenant_id
                    WHERE v.indicator_id = ? AND v.definition_version = ? AND v.group_name = ? AND v.period = ?
                    """)
            let save = try db.cachedStatement(
                sql: """
                    INSERT INTO national_publication (indicator_id, definition_version, group_name, period,
                        fingerprint, withheld, rule_version, published_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (indicator_id, definition_version, group_name, period) DO UPDATE SET
                        fingerprint = excluded.fingerprint, withheld = excluded.withheld,
                        rule_version = excluded.rule_version, published_at = excluded.published_at
                    """)
            let stamp = now.databaseValue
            var result: [IndicatorPeriod: NationalPublication] = [:]
            for period in Set(periods).sorted() {
                let rows = try Row.fetchAll(
                    select, arguments: [indicatorID, definitionVersion, group, period.description])
                guard !rows.isEmpty else { continue }
                let cells = Self.cells(
                    rows, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group)
                let fingerprint = NationalPublication.fingerprint(of: cells)
                if let earlier = stored[period], earlier.fingerprint == fingerprint {
                    result[period] = earlier
                    continue
                }
                let ledger = try Self.nationalLedger(
                    db, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group, period: period)
                let decision = try decide(period, cells, ledger)
                try Self.recordNationalLedger(
                    decision.shown, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group,
                    period: period, ruleVersion: ruleVersion, at: stamp, db: db)
                try save.execute(arguments: [
                    indicatorID, definitionVersion, group, period.description, fingerprint,
                    decision.withheld.sorted().joined(separator: ","), ruleVersion, stamp,
                ])
                result[period] = NationalPublication(
                    period: period, fingerprint: fingerprint, withheld: decision.withheld)
            }
            return result
        }
    }

    /// Records `shown` (counts one period of a national table shows) in the ledger; a count recorded before stays
    /// as it was (first publication time).
    static func recordNationalLedger(
        _ shown: [NationalTableDecision.ShownCount], indicatorID: String, definitionVersion: Int, group: String,
        period: IndicatorPeriod, ruleVersion: String, at stamp: DatabaseValue, db: Database
    ) throws {
        let record = try db.cachedStatement(
            sql: """
                INSERT INTO national_disclosure_ledger (indicator_id, definition_version, group_name, period,
                    region_code, part, count, rule_version, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
        for count in shown {
            try record.execute(arguments: [
                indicatorID, definitionVersion, group, period.description, count.regionCode, count.part.rawValue,
                count.count, ruleVersion, stamp,
            ])
        }
    }

    /// Everything the hub has shown of one period of a national table, as disclosure control reads it (oldest
    /// first; keys from ``NationalTablePart/cellKey(regionCode:indicatorID:definitionVersion:group:period:)``).
    public func nationalLedger(
        indicatorID: String, definitionVersion: Int, group: String, period: IndicatorPeriod
    ) throws -> PublicationLedger {
        try writer.read { db in
            try Self.nationalLedger(
                db, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group, period: period)
        }
    }

    static func nationalLedger(
        _ db: Database, indicatorID: String, definitionVersion: Int, group: String, period: IndicatorPeriod
    ) throws -> PublicationLedger {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT region_code, part, count, rule_version, published_at FROM national_disclosure_ledger
                    WHERE indicator_id = ? AND definition_version = ? AND group_name = ? AND period = ?
                    ORDER BY published_at, region_code, part, count
                    """),
            arguments: [indicatorID, definitionVersion, group, period.description])
        var records: [PublicationRecord] = []
        for row in rows {
            guard let part = NationalTablePart(rawValue: row["part"]) else { continue }
            records.append(
                PublicationRecord(
                    key: part.cellKey(
                        regionCode: row["region_code"], indicatorID: indicatorID,
                        definitionVersion: definitionVersion, group: group, period: period),
                    value: .count(row["count"]), ruleVersion: row["rule_version"], publishedAt: row["published_at"]))
        }
        do {
            return try PublicationLedger(records: records)
        } catch {
            throw HubStoreError(
                code: "national_ledger.invalid",
                message: "Publiceringsliggaren för \(indicatorID) v\(definitionVersion), \(group), \(period) kan inte "
                    + "läsas: \(error.message)")
        }
    }

    static func nationalPublications(
        _ db: Database, indicatorID: String, definitionVersion: Int, group: String, periods: [IndicatorPeriod]
    ) throws -> [IndicatorPeriod: NationalPublication] {
        let wanted = Set(periods)
        guard !wanted.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: wanted.count).joined(separator: ", ")
        // Cached: a comparison asks for the same number of periods (its trend) on every read.
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT period, fingerprint, withheld FROM national_publication
                    WHERE indicator_id = ? AND definition_version = ? AND group_name = ? AND period IN (\(placeholders))
                    """),
            arguments: StatementArguments(
                [indicatorID, definitionVersion, group] as [any DatabaseValueConvertible]
                    + wanted.sorted().map(\.description)))
        var result: [IndicatorPeriod: NationalPublication] = [:]
        for row in rows {
            guard let period = IndicatorPeriod.parse(row["period"] as String), wanted.contains(period) else {
                continue
            }
            let withheld = (row["withheld"] as String).split(separator: ",").map(String.init)
            result[period] = NationalPublication(
                period: period, fingerprint: row["fingerprint"], withheld: Set(withheld))
        }
        return result
    }
}
