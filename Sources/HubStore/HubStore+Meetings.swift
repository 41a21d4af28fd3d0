public import Foundation
import GRDB
public import PlanningDomain

extension HubStore {
    /// Records a network meeting (the agency only; the domain refuses anyone else).
    @discardableResult
    public func recordMeeting(
        id: String? = nil, date: CivilDate, title: String, themes: [LearningTheme], notes: String = "",
        by identity: HubIdentity, at now: Date
    ) throws -> NetworkMeeting {
        if PersonIdentifierScan.containsIdentifier([title, notes]) {
            throw HubStoreError.invalid(
                "meeting", "Texten innehåller något som liknar ett personnummer; ta bort det och försök igen.")
        }
        let meeting = try NetworkMeeting(
            id: id ?? Self.newID("nm"), date: date, title: title, themes: themes, notes: notes,
            recordedBy: identity.networkActor, at: HubDocument.timestamp(now))
        try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM network_meeting WHERE id = ?", arguments: [meeting.id]) == true
            {
                throw HubStoreError(
                    code: "meeting.duplicate_id", message: "Det finns redan en nätverksträff med id \(meeting.id).")
            }
            try db.execute(
                sql: """
                    INSERT INTO network_meeting (id, tenant_id, meeting_date, title, themes, document, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    meeting.id, identity.tenant.id, meeting.date.description, meeting.title,
                    meeting.themes.map(\.rawValue).joined(separator: ","), try HubDocument.encode(meeting), now,
                ])
            try Self.audit(
                db, tenantID: identity.tenant.id, actor: identity.actor, action: "meeting.record",
                target: "meeting:\(meeting.id)", at: now)
        }
        return meeting
    }

    /// Every recorded meeting, newest first (readable by every tenant).
    public func meetings() throws -> [NetworkMeeting] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT document FROM network_meeting ORDER BY meeting_date DESC, id")
                .map { try HubDocument.decode(NetworkMeeting.self, from: $0) }
        }
    }
}
