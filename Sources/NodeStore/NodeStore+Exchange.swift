public import Foundation
import GRDB
import SyncEngine
public import WireProtocol

/// The capacity exchange on the node: the hub's state as downloaded (`exchange-state`), and the region's own
/// actions, each stored and written to the outbox in ONE transaction (spec §11.5).
extension NodeStore {
    /// Stores the region's exchange message and enqueues it on `exchange-messages`, in one transaction.
    public func recordExchangeMessage(_ message: ExchangeMessage, by user: String, at now: Date) throws {
        let (kind, id, after) = Self.confirmation(of: message)
        try recordExchangeAction(
            stream: .exchangeMessages, key: message.naturalKey, payload: try CanonicalJSON.jsonValue(message),
            kind: message.kind.rawValue, subject: message.subject,
            confirm: (kind, id, after), by: user, at: now)
    }

    /// Stores the region's delivery figure for a week and enqueues it on `delivery-follow-ups`, in one transaction
    /// (a correction of the same week replaces the pending one).
    public func recordDeliveryFollowUp(_ followUp: DeliveryFollowUp, by user: String, at now: Date) throws {
        try recordExchangeAction(
            stream: .deliveryFollowUps, key: followUp.naturalKey, payload: try CanonicalJSON.jsonValue(followUp),
            kind: "recordDelivery", subject: followUp.agreementID,
            confirm: (.agreement, followUp.agreementID, followUp.basedOnVersion), by: user, at: now)
    }

    /// The hub's exchange state as this region may see it, by kind and id.
    public func exchangeStates() throws -> [ExchangeState] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT payload FROM exchange_state ORDER BY kind, entity_id").map {
                try CanonicalJSON.decode(ExchangeState.self, from: Array($0.utf8))
            }
        }
    }

    /// The state of one request, offer, proposal or agreement, if the hub has sent it.
    public func exchangeState(_ kind: ExchangeStateKind, id: String) throws -> ExchangeState? {
        try writer.read { db in
            try String.fetchOne(
                db, sql: "SELECT payload FROM exchange_state WHERE kind = ? AND entity_id = ?",
                arguments: [kind.rawValue, id]
            ).map { try CanonicalJSON.decode(ExchangeState.self, from: Array($0.utf8)) }
        }
    }

    /// The region's own actions, newest first, each with where it stands (waiting, confirmed by the hub's state,
    /// or refused with the hub's reason).
    public func exchangeActions(limit: Int = 200) throws -> [StoredExchangeAction] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.item_key, a.stream, a.kind, a.subject, a.payload, a.created_by, a.created_at,
                        EXISTS (SELECT 1 FROM exchange_state s WHERE s.kind = a.confirm_kind
                            AND s.entity_id = a.confirm_id AND s.version > a.confirm_after_version) AS confirmed,
                        (SELECT r.message FROM sync_rejection r WHERE r.stream = a.stream AND r.item_key = a.item_key
                            AND r.recorded_at >= a.created_at ORDER BY r.id DESC LIMIT 1) AS refusal,
                        (SELECT r.reason FROM sync_rejection r WHERE r.stream = a.stream AND r.item_key = a.item_key
                            AND r.recorded_at >= a.created_at ORDER BY r.id DESC LIMIT 1) AS reason
                    FROM exchange_action a ORDER BY a.created_at DESC, a.item_key LIMIT ?
                    """, arguments: [limit]
            ).map { row in
                let state: StoredExchangeAction.State
                if let reason = row["reason"] as String? {
                    state = .refused(reason: reason, message: row["refusal"] ?? "")
                } else if row["confirmed"] as Bool {
                    state = .confirmed
                } else {
                    state = .waiting
                }
                return StoredExchangeAction(
                    key: NaturalKey(rawValue: row["item_key"]) ?? NaturalKey(owner: "?", kind: "?", parts: []),
                    stream: SyncStream(rawValue: row["stream"]) ?? .exchangeMessages, kind: row["kind"],
                    subject: row["subject"], payload: row["payload"], createdBy: row["created_by"],
                    createdAt: row["created_at"], state: state)
            }
        }
    }

    /// Applies an `exchange-state` page inside ``applyFeed(_:newCursor:replaceAll:at:)``'s transaction.
    static func applyExchangeStates(_ feed: ChangeFeed, replaceAll: Bool, at now: Date, db: Database) throws {
        if replaceAll { try db.execute(sql: "DELETE FROM exchange_state") }
        for change in feed.changes {
            guard let payload = change.payload else {
                try db.execute(sql: "DELETE FROM exchange_state WHERE item_key = ?", arguments: [change.key.rawValue])
                continue
            }
            let state = try CanonicalJSON.decode(ExchangeState.self, from: payload)
            guard state.naturalKey == change.key else {
                throw StoreError.unknownReference("kapacitetsläget \(change.key) (nyckeln stämmer inte med innehållet)")
            }
            try db.execute(
                sql: """
                    INSERT INTO exchange_state (item_key, kind, entity_id, version, status, content_hash, payload,
                        received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (item_key) DO UPDATE SET version = excluded.version, status = excluded.status,
                        content_hash = excluded.content_hash, payload = excluded.payload,
                        received_at = excluded.received_at
                    """,
                arguments: [
                    change.key.rawValue, state.kind.rawValue, state.id, state.version, state.status,
                    change.contentHash, CanonicalJSON.text(of: payload), now,
                ])
        }
    }

    private func recordExchangeAction(
        stream: SyncStream, key: NaturalKey, payload: JSONValue, kind: String, subject: String,
        confirm: (kind: ExchangeStateKind, id: String, afterVersion: Int), by user: String, at now: Date
    ) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO exchange_action (item_key, stream, kind, subject, confirm_kind, confirm_id,
                        confirm_after_version, payload, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (item_key) DO UPDATE SET kind = excluded.kind, subject = excluded.subject,
                        confirm_kind = excluded.confirm_kind, confirm_id = excluded.confirm_id,
                        confirm_after_version = excluded.confirm_after_version, payload = excluded.payload,
                        created_by = excluded.created_by, created_at = excluded.created_at
                    """,
                arguments: [
                    key.rawValue, stream.rawValue, kind, subject, confirm.kind.rawValue, confirm.id,
                    confirm.afterVersion, CanonicalJSON.text(of: payload), user,
                    now,
                ])
            try Self.enqueue([OutboxWrite(stream: stream, key: key, payload: payload)], stream: stream, at: now, db: db)
        }
    }

    /// Which state shows that the hub carried out `message`: the new thing (posts, proposals, acceptances make an
    /// agreement), or the subject at a version above the one quoted.
    static func confirmation(of message: ExchangeMessage) -> (ExchangeStateKind, String, Int) {
        switch message.kind {
        case .postRequest: (.request, message.subject, 0)
        case .postOffer: (.offer, message.subject, 0)
        case .propose: (.proposal, message.subject, 0)
        case .acceptProposal, .acceptOffer:
            (.agreement, message.acceptance?.agreementID ?? message.subject, 0)
        case .withdrawRequest, .closeRequest: (.request, message.subject, message.basedOnVersion ?? 0)
        case .withdrawOffer, .closeOffer: (.offer, message.subject, message.basedOnVersion ?? 0)
        case .declineProposal, .withdrawProposal: (.proposal, message.subject, message.basedOnVersion ?? 0)
        case .completeAgreement, .cancelAgreement: (.agreement, message.subject, message.basedOnVersion ?? 0)
        }
    }
}
