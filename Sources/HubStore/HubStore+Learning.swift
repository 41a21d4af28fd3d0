public import Foundation
import GRDB
public import PlanningDomain

extension HubStore {
    /// Starts a draft owned by the caller's region. `id` is chosen by the hub when nil.
    public func createExample(
        id: String? = nil, content: LearningExampleContent, by identity: HubIdentity, at now: Date
    ) throws -> LearningExample {
        try Self.refuseIdentifiers(in: content, comment: "")
        return try writer.write { db in
            let id = id ?? Self.newID("le")
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM learning_example WHERE id = ?", arguments: [id]) == true {
                throw HubStoreError(
                    code: "learning.duplicate_id", message: "Det finns redan ett lärande exempel med id \(id).")
            }
            let example = try LearningExample(
                id: id, content: content, createdBy: identity.networkActor, at: HubDocument.timestamp(now))
            try Self.save(example, previous: nil, tenantID: identity.tenant.id, at: now, in: db)
            try Self.audit(
                db, tenantID: identity.tenant.id, actor: identity.actor, action: "learning.create",
                target: "learning:\(id)", at: now)
            return example
        }
    }

    /// Runs one review-workflow command on example `id`: loads it, calls ``LearningExample/handle(_:)`` and stores
    /// the result, all in one write transaction (the quoted version guards against concurrent changes).
    ///
    /// - Throws: ``PlanningDomain/LearningExampleError`` from the domain (not found, not permitted, stale version,
    ///   ...), or ``HubStoreError`` when a text contains a personnummer.
    @discardableResult
    public func handleExample(
        id: String, _ action: LearningExampleCommand.Action, expectedVersion: Int, comment: String = "",
        by identity: HubIdentity, at now: Date
    ) throws -> LearningExample {
        if case .edit(let content) = action { try Self.refuseIdentifiers(in: content, comment: comment) }
        try Self.refuseIdentifiers(in: nil, comment: comment)
        return try writer.write { db in
            try Self.runExampleCommand(
                id: id, action, expectedVersion: expectedVersion, comment: comment, by: identity, at: now, in: db)
        }
    }

    /// Example `id` if the caller may see it (the domain's ``LearningExample/isVisible(to:)``), else nil.
    public func example(id: String, visibleTo identity: HubIdentity) throws -> LearningExample? {
        try writer.read { db in
            guard let example = try Self.loadExample(id: id, in: db),
                example.isVisible(to: identity.networkTenant)
            else { return nil }
            return example
        }
    }

    static func runExampleCommand(
        id: String, _ action: LearningExampleCommand.Action, expectedVersion: Int, comment: String,
        by identity: HubIdentity, at now: Date, in db: Database
    ) throws -> LearningExample {
        guard var example = try loadExample(id: id, in: db) else { throw LearningExampleError.notFound(id: id) }
        let previous = example
        let command = LearningExampleCommand(
            action, by: identity.networkActor, at: HubDocument.timestamp(now), expectedVersion: expectedVersion,
            comment: comment)
        _ = try example.handle(command)
        guard let owner = try tenant(code: example.owner, in: db) else {
            throw HubStoreError.unknownTenant(example.owner)
        }
        try save(example, previous: previous, tenantID: owner.id, at: now, in: db)
        try audit(
            db, tenantID: identity.tenant.id, actor: identity.actor, action: "learning.\(action.kind.rawValue)",
            target: "learning:\(id)", detail: "version \(example.version)", at: now)
        return example
    }

    static func loadExample(id: String, in db: Database) throws -> LearningExample? {
        try String.fetchOne(db, sql: "SELECT document FROM learning_example WHERE id = ?", arguments: [id])
            .map { try HubDocument.decode(LearningExample.self, from: $0) }
    }

    /// Writes the example and the rows derived from it: new revisions and comments, and the search index and the
    /// `published-examples` change when the published revision changed.
    static func save(
        _ example: LearningExample, previous: LearningExample?, tenantID: Int64, at now: Date, in db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO learning_example (id, tenant_id, status, version, draft_title, published_revision,
                    has_revision, document, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, version = excluded.version,
                    draft_title = excluded.draft_title, published_revision = excluded.published_revision,
                    has_revision = excluded.has_revision, document = excluded.document,
                    updated_at = excluded.updated_at
                """,
            arguments: [
                example.id, tenantID, example.status.rawValue, example.version, example.draft.title,
                example.publishedRevisionNumber, !example.revisions.isEmpty, try HubDocument.encode(example), now,
                now,
            ])
        for revision in example.revisions where revision.number > (previous?.revisions.last?.number ?? 0) {
            let content = revision.content
            try db.execute(
                sql: """
                    INSERT INTO learning_revision (example_id, revision, tenant_id, title, theme, level, problem,
                        what_was_done, results, contact_role, submitted_by, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    example.id, revision.number, tenantID, content.title, content.theme.rawValue,
                    content.level.rawValue, content.problem, content.whatWasDone, content.results,
                    content.contactRole, revision.submittedBy.userID, revision.submittedAt,
                ])
        }
        for (position, comment) in example.comments.enumerated() where position >= (previous?.comments.count ?? 0) {
            try db.execute(
                sql: """
                    INSERT INTO learning_comment (example_id, tenant_id, position, author_tenant, author, revision,
                        text, written_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    example.id, tenantID, position, comment.author.tenant.description, comment.author.userID,
                    comment.revision, comment.text, comment.timestamp,
                ])
        }
        if example.publishedRevisionNumber != previous?.publishedRevisionNumber {
            try db.execute(sql: "DELETE FROM learning_search WHERE example_id = ?", arguments: [example.id])
            if let published = example.publishedRevision?.content {
                try db.execute(
                    sql: """
                        INSERT INTO learning_search (example_id, title, problem, what_was_done, results)
                        VALUES (?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        example.id, published.title, published.problem, published.whatWasDone, published.results,
                    ])
            }
            // Every region gets the publication (or the withdrawal) through the down stream, in this transaction.
            try recordPublication(of: example, db: db, at: now)
        }
    }

    /// Refuses content or a comment that contains a personnummer: examples are shared with every region.
    static func refuseIdentifiers(in content: LearningExampleContent?, comment: String) throws {
        var texts = [comment]
        if let content {
            texts += [content.title, content.problem, content.whatWasDone, content.results, content.contactRole]
            texts += content.attachments.map(\.name)
        }
        if PersonIdentifierScan.containsIdentifier(texts) {
            throw HubStoreError.invalid(
                "learning",
                "Texten innehåller något som liknar ett personnummer. Lärande exempel delas med alla regioner och får "
                    + "aldrig innehålla personuppgifter; ta bort numret och försök igen.")
        }
    }
}
