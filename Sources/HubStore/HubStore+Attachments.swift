public import Foundation
import GRDB
public import PlanningDomain

extension HubStore {
    /// Attaches a file to the owner's working draft of example `id` (an edit command, so the domain checks the
    /// owner, the status, the version and the size limits), storing the bytes in the same transaction. A file of
    /// the same name replaces the earlier one, unless a submitted revision refers to it: revisions are frozen, so
    /// the new file needs a new name.
    @discardableResult
    public func addAttachment(
        exampleID id: String, name: String, data: Data, expectedVersion: Int, by identity: HubIdentity, at now: Date
    ) throws -> LearningExample {
        let name = name.trimmingCharacters(in: .whitespaces)
        let mediaType = AttachmentMediaType.normalised(name: name)
        return try writer.write { db in
            guard let example = try Self.loadExample(id: id, in: db), example.isVisible(to: identity.networkTenant)
            else { throw LearningExampleError.notFound(id: id) }
            if Self.revisionsRefer(to: name, in: example) {
                throw HubStoreError(
                    code: "learning.attachment_frozen",
                    message:
                        "Bilagan \"\(name)\" ingår i en inskickad version och kan inte ersättas; ge filen ett nytt namn."
                )
            }
            var content = example.draft
            content.attachments.removeAll { $0.name == name }
            content.attachments.append(LearningAttachment(name: name, mediaType: mediaType, byteCount: data.count))
            try Self.refuseIdentifiers(in: content, comment: "")
            let updated = try Self.runExampleCommand(
                id: id, .edit(content), expectedVersion: expectedVersion, comment: "", by: identity, at: now, in: db)
            try db.execute(
                sql: """
                    INSERT INTO learning_attachment (example_id, tenant_id, name, media_type, byte_count, sha256, data,
                        uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (example_id, name) DO UPDATE SET media_type = excluded.media_type,
                        byte_count = excluded.byte_count, sha256 = excluded.sha256, data = excluded.data,
                        uploaded_at = excluded.uploaded_at
                    """,
                arguments: [id, identity.tenant.id, name, mediaType, data.count, SHA256.hex(data), data, now])
            return updated
        }
    }

    /// Removes a file from the owner's working draft; its bytes are deleted unless a revision still refers to it.
    @discardableResult
    public func removeAttachment(
        exampleID id: String, name: String, expectedVersion: Int, by identity: HubIdentity, at now: Date
    ) throws -> LearningExample {
        try writer.write { db in
            guard let example = try Self.loadExample(id: id, in: db), example.isVisible(to: identity.networkTenant)
            else { throw LearningExampleError.notFound(id: id) }
            var content = example.draft
            guard content.attachments.contains(where: { $0.name == name }) else {
                throw HubStoreError.unknown("attachment", name, what: "ingen bilaga")
            }
            content.attachments.removeAll { $0.name == name }
            let updated = try Self.runExampleCommand(
                id: id, .edit(content), expectedVersion: expectedVersion, comment: "", by: identity, at: now, in: db)
            if !Self.revisionsRefer(to: name, in: updated) {
                try db.execute(
                    sql: "DELETE FROM learning_attachment WHERE example_id = ? AND name = ?", arguments: [id, name])
            }
            return updated
        }
    }

    /// The bytes of attachment `name` of example `id`, if the caller may read the content that lists it (the
    /// owner its draft, the agency the latest revision, others the published revision); else nil.
    public func attachment(exampleID id: String, name: String, visibleTo identity: HubIdentity) throws
        -> StoredAttachment?
    {
        try writer.read { db in
            guard let example = try Self.loadExample(id: id, in: db),
                let content = example.content(for: identity.networkTenant),
                content.attachments.contains(where: { $0.name == name }),
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM learning_attachment WHERE example_id = ? AND name = ?",
                    arguments: [id, name])
            else { return nil }
            return StoredAttachment(
                name: row["name"], mediaType: row["media_type"], data: row["data"], sha256: row["sha256"])
        }
    }

    private static func revisionsRefer(to name: String, in example: LearningExample) -> Bool {
        example.revisions.contains { $0.content.attachments.contains { $0.name == name } }
    }
}
