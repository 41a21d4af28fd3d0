public import Foundation
import GRDB
import PlanningDomain

extension HubStore {
    /// Upserts indicator values for the caller's own tenant and returns one outcome per item, in order.
    ///
    /// Each item is checked on its own: its region must be the caller's tenant (else `tenant_mismatch`), the
    /// indicator and definition version must have been published, the period must parse and be a period type
    /// of the definition, and the value must fit the definition (a rate has a denominator, a count has none).
    /// Items are idempotent on the natural key (``PlanningDomain/IndicatorValueKey``) plus a content hash: the same
    /// value again is `ignored`, a different one `updated`. A person-based numerator or denominator of 1…k−1 not
    /// marked suppressed (`small_cell`), or a personnummer anywhere (`person_identifier`), refuses the whole batch:
    /// nothing from it is stored and the other items are `batch_refused`. Everything is one write transaction with
    /// one audit line; validation runs before it.
    public func ingestIndicatorValues(
        _ items: [IndicatorValueSubmission], from identity: HubIdentity, at now: Date
    ) throws -> [ItemOutcome] {
        guard identity.tenant.kind == .region else {
            throw HubStoreError.forbidden("indicator", "Bara en regions nod skickar indikatorvärden.")
        }
        // Validation and hashing happen before the write transaction, so a second request's checks run while the
        // first one writes (SQLite has one writer). Only the definitions are read from the database, in a read
        // transaction of their own: they are immutable once published, so reading them first decides nothing a
        // later read would decide differently (a definition published in between is as if the batch came earlier).
        struct DefinitionKey: Hashable {
            var id: String
            var version: Int
        }
        var definitions: [DefinitionKey: IndicatorDefinition?] = [:]
        var knownIDs: [String: Bool] = [:]
        try writer.read { db in
            for item in items {
                let lookup = DefinitionKey(id: item.indicatorID, version: item.definitionVersion)
                if definitions[lookup] == nil {
                    definitions[lookup] = .some(
                        try Self.definition(id: item.indicatorID, version: item.definitionVersion, in: db))
                }
                if knownIDs[item.indicatorID] == nil {
                    knownIDs[item.indicatorID] =
                        try Bool.fetchOne(
                            db, sql: "SELECT 1 FROM indicator_definition WHERE indicator_id = ?",
                            arguments: [item.indicatorID]) ?? false
                }
            }
        }
        var checked: [CheckedItem] = []
        checked.reserveCapacity(items.count)
        var hasher = IndicatorContentHasher()
        for (index, item) in items.enumerated() {
            let lookup = DefinitionKey(id: item.indicatorID, version: item.definitionVersion)
            let result = Self.check(
                item, tenant: identity.tenant, definition: definitions[lookup] ?? nil,
                indicatorKnown: knownIDs[item.indicatorID] ?? false)
            switch result {
            case .cell(let cell):
                checked.append(CheckedItem(index: index, item: item, cell: cell, hash: hasher.hash(cell)))
            case .rejected(let reason): checked.append(CheckedItem(index: index, item: item, reason: reason))
            }
        }
        return try writer.write { db in
            if checked.contains(where: { $0.reason?.refusesBatch == true }) {
                try Self.audit(
                    db, tenantID: identity.tenant.id, actor: identity.actor, action: "indicator.batch_refused",
                    target: "indicator-batch", detail: "\(items.count) rader", at: now)
                return checked.map {
                    ItemOutcome(
                        index: $0.index, key: $0.key, status: .rejected,
                        reason: $0.reason ?? .batchRefused)
                }
            }
            // The time converted to its database text once per batch, not twice per row.
            let stamp = now.databaseValue
            var outcomes: [ItemOutcome] = []
            outcomes.reserveCapacity(items.count)
            var counts: [ItemOutcome.Status: Int] = [:]
            for entry in checked {
                guard let cell = entry.cell, let hash = entry.hash else {
                    outcomes.append(
                        ItemOutcome(
                            index: entry.index, key: entry.key, status: .rejected,
                            reason: entry.reason))
                    counts[.rejected, default: 0] += 1
                    continue
                }
                let status = try Self.upsert(cell, hash: hash, tenantID: identity.tenant.id, at: stamp, in: db)
                counts[status, default: 0] += 1
                outcomes.append(ItemOutcome(index: entry.index, key: entry.key, status: status))
            }
            let summary = [ItemOutcome.Status.imported, .updated, .ignored, .rejected]
                .map { "\($0.rawValue)=\(counts[$0] ?? 0)" }.joined(separator: " ")
            try Self.audit(
                db, tenantID: identity.tenant.id, actor: identity.actor, action: "indicator.ingest",
                target: "indicator-batch", detail: summary, at: now)
            return outcomes
        }
    }

    /// An item after validation: its cell and content hash, or why it is refused.
    struct CheckedItem {
        var index: Int
        /// The item's key as the receipt shows it (made here, outside the write transaction).
        var key: String
        var cell: CheckedCell?
        var hash: String?
        var reason: ItemOutcome.RejectionReason?

        init(index: Int, item: IndicatorValueSubmission, cell: CheckedCell, hash: String) {
            self.index = index
            key = item.keyDescription
            self.cell = cell
            self.hash = hash
        }

        init(index: Int, item: IndicatorValueSubmission, reason: ItemOutcome.RejectionReason) {
            self.index = index
            key = item.keyDescription
            self.reason = reason
        }
    }

    /// A validated item ready to store.
    struct CheckedCell {
        var key: IndicatorValueKey
        /// `key.period` as text: the submitted text, which the check proved equal to the period's description
        /// (kept so the hash and the insert need not format the period again).
        var periodText: String
        var numerator: Double?
        var denominator: Double?
        var suppressed: Bool

        /// SHA-256 over the canonical text of the key and the figure; equal hashes mean nothing changed. The
        /// reference form of ``IndicatorContentHasher``, which ingestion uses.
        var contentHash: String {
            let text =
                "balans.indicator-value/1\n\(key)\nsuppressed=\(suppressed ? 1 : 0)\n"
                + "numerator=\(numerator.map { "\($0)" } ?? "-")\ndenominator=\(denominator.map { "\($0)" } ?? "-")\n"
            return SHA256.hex(Array(text.utf8))
        }
    }

    /// A checked item, or why it was refused.
    enum CheckResult {
        case cell(CheckedCell)
        case rejected(ItemOutcome.RejectionReason)
    }

    static func check(
        _ item: IndicatorValueSubmission, tenant: Tenant, definition: IndicatorDefinition?, indicatorKnown: Bool
    ) -> CheckResult {
        if PersonIdentifierScan.containsIdentifier([item.regionCode, item.indicatorID, item.group, item.period]) {
            return .rejected(.personIdentifier)
        }
        guard item.regionCode == tenant.code else { return .rejected(.tenantMismatch) }
        guard let definition else { return .rejected(indicatorKnown ? .unknownDefinitionVersion : .unknownIndicator) }
        guard let period = IndicatorPeriod.parse(item.period), period.description == item.period else {
            return .rejected(.unknownPeriod)
        }
        guard definition.periodTypes.contains(period.type) else { return .rejected(.periodTypeNotDefined) }
        // No leading or trailing white space (checked on the ends: trimming through Foundation bridged every group
        // to NSString, a twentieth of the whole ingestion's time).
        let group = item.group
        guard let first = group.first, let last = group.last, !first.isWhitespace, !last.isWhitespace,
            group.utf8.count <= 200 || group.count <= 200
        else { return .rejected(.invalidGroup) }
        let key = IndicatorValueKey(
            regionCode: item.regionCode, indicatorID: item.indicatorID, definitionVersion: item.definitionVersion,
            group: group, period: period)
        // A suppressed cell keeps no parts: the hub must never hold the small count it protects.
        if item.suppressed {
            return .cell(
                CheckedCell(key: key, periodText: item.period, numerator: nil, denominator: nil, suppressed: true))
        }
        guard let numerator = item.numerator, numerator.isFinite, numerator >= 0,
            (item.denominator != nil) == definition.formula.isRate,
            item.denominator.map({ $0.isFinite && $0 > 0 }) ?? true
        else { return .rejected(.invalidValue) }
        if definition.suppressesSmallCells {
            let k = Double(definition.suppressionThreshold)
            let isSmall = { (count: Double) in count > 0 && count < k }
            if isSmall(numerator) || item.denominator.map(isSmall) == true { return .rejected(.smallCell) }
        }
        return .cell(
            CheckedCell(
                key: key, periodText: item.period, numerator: numerator, denominator: item.denominator,
                suppressed: false))
    }

    /// One statement per item: insert, or update when the content hash differs. `RETURNING revision` tells the
    /// three outcomes apart (a new row has revision 1, an updated one more; no row back means unchanged), so an
    /// unchanged value costs one index lookup and no write.
    private static func upsert(
        _ cell: CheckedCell, hash: String, tenantID: Int64, at now: DatabaseValue, in db: Database
    ) throws -> ItemOutcome.Status {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO indicator_value (tenant_id, indicator_id, definition_version, group_name, period,
                    period_type, suppressed, numerator, denominator, content_hash, received_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, indicator_id, definition_version, group_name, period) DO UPDATE SET
                    suppressed = excluded.suppressed, numerator = excluded.numerator,
                    denominator = excluded.denominator, content_hash = excluded.content_hash,
                    updated_at = excluded.updated_at, revision = indicator_value.revision + 1
                WHERE indicator_value.content_hash <> excluded.content_hash
                RETURNING revision
                """)
        statement.setUncheckedArguments([
            tenantID, cell.key.indicatorID, cell.key.definitionVersion, cell.key.group, cell.periodText,
            cell.key.period.type.rawValue, cell.suppressed, cell.numerator, cell.denominator, hash, now,
            now,
        ])
        guard let revision = try Int64.fetchOne(statement) else { return .ignored }
        return revision == 1 ? .imported : .updated
    }
}
