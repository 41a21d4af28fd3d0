public import Foundation
import GRDB
public import PlanningDomain
import SyncEngine
import WireProtocol

extension NodeStore {
    /// Starts one of the region's own learning examples as a draft (``PlanningDomain/LearningExampleContent``'s
    /// draft rules: a title, lengths, no attachments here). `id` is chosen by the node when nil.
    ///
    /// - Throws: ``PlanningDomain/LearningExampleError`` for content that breaks the rules, ``NetworkWriteError``
    ///   for a personnummer in a text.
    public func createLearningExample(
        id: String? = nil, content: LearningExampleContent, by user: String, at now: Date
    ) throws -> NodeLearningExample {
        try Self.checkDraft(content)
        let id = id ?? Self.newExampleID()
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO learning_draft (id, content, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [id, try Self.json(content), now, user, now, user])
        }
        return try learningExample(id: id)!
    }

    /// Replaces the draft of example `id` (what was sent stays as it was).
    public func updateLearningExample(
        id: String, content: LearningExampleContent, by user: String, at now: Date
    ) throws -> NodeLearningExample {
        try Self.checkDraft(content)
        try writer.write { db in
            try db.execute(
                sql: "UPDATE learning_draft SET content = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                arguments: [try Self.json(content), now, user, id])
            guard db.changesCount == 1 else { throw NetworkWriteError.unknownExample(id) }
        }
        return try learningExample(id: id)!
    }

    /// "Skicka till myndigheten": freezes the draft as revision N + 1 and, in the same transaction, writes it to
    /// the `learning-examples` outbox (once the node knows its region; before that it is written at the first sync
    /// session, see ``bindRegion(_:at:)``).
    ///
    /// - Throws: ``PlanningDomain/LearningExampleError`` when a field is missing (every text is needed to submit),
    ///   ``NetworkWriteError`` for an unknown id, a draft identical to the last revision sent, or a personnummer.
    public func submitLearningExample(id: String, by user: String, at now: Date) throws -> NodeLearningExample {
        try writer.write { db in
            guard let example = try Self.learningExample(id: id, db: db) else {
                throw NetworkWriteError.unknownExample(id)
            }
            try example.draft.checkComplete()
            guard example.hasUnsentChanges else {
                throw NetworkWriteError(
                    code: "learning.unchanged",
                    message:
                        "Revision \(example.latestSubmission?.revision ?? 0) av \"\(example.draft.title)\" är redan "
                        + "skickad med samma innehåll; ändra texten innan du skickar en ny revision.")
            }
            try db.execute(
                sql: """
                    INSERT INTO learning_submission (example_id, revision, content, submitted_at, submitted_by)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, (example.latestSubmission?.revision ?? 0) + 1, try Self.json(example.draft), now, user,
                ])
            if let region = try Self.boundRegion(db) {
                try Self.exportLearningSubmissions(region: region, at: now, db: db)
            }
        }
        return try learningExample(id: id)!
    }

    /// Example `id`, or nil.
    public func learningExample(id: String) throws -> NodeLearningExample? {
        try writer.read { db in try Self.learningExample(id: id, db: db) }
    }

    /// Every own example, most recently changed first.
    public func learningExamples() throws -> [NodeLearningExample] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM learning_draft ORDER BY updated_at DESC, id").compactMap {
                try Self.learningExample(id: $0, db: db)
            }
        }
    }

    /// Where revision `revision` of example `id` is on its way to the hub.
    public func learningSubmissionState(id: String, revision: Int) throws -> LearningSubmissionState {
        try writer.read { db in
            guard let region = try Self.boundRegion(db) else { return .awaitingRegion }
            let key = NaturalKey(owner: region, kind: "learning-example", parts: [id, "r\(revision)"]).rawValue
            let stream = SyncStream.learningExamples.rawValue
            if let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT reason, message FROM sync_rejection WHERE stream = ? AND item_key = ?
                    ORDER BY recorded_at DESC LIMIT 1
                    """, arguments: [stream, key])
            {
                return .rejected(reason: row["reason"], message: row["message"])
            }
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM sync_outbox WHERE stream = ? AND item_key = ?", arguments: [stream, key])
                == true
            {
                return .pending
            }
            let exported = try Bool.fetchOne(
                db, sql: "SELECT 1 FROM sync_export WHERE stream = ? AND item_key = ?", arguments: [stream, key])
            return exported == true ? .delivered : .awaitingRegion
        }
    }

    /// Writes every sent revision not yet exported to the `learning-examples` outbox, in the caller's transaction.
    @discardableResult
    static func exportLearningSubmissions(region: String, at now: Date, db: Database) throws -> Int {
        let exported = try lastExported(.learningExamples, db: db)
        var writes: [OutboxWrite] = []
        for row in try Row.fetchAll(
            db, sql: "SELECT example_id, revision, content FROM learning_submission ORDER BY example_id, revision")
        {
            let content = try JSONDecoder().decode(
                LearningExampleContent.self, from: Data((row["content"] as String).utf8))
            let submission = LearningExampleSubmission(
                regionCode: region, exampleID: row["example_id"], revision: row["revision"],
                theme: content.theme.rawValue, level: content.level.rawValue, title: content.title,
                problem: content.problem, whatWasDone: content.whatWasDone, results: content.results,
                contactRole: content.contactRole)
            let write = OutboxWrite(
                stream: .learningExamples, key: submission.naturalKey, payload: try CanonicalJSON.jsonValue(submission))
            // A sent revision is frozen: once exported it is never written again (the hub holds it).
            if exported[write.key] == nil { writes.append(write) }
        }
        try scanForIdentifiers(writes, what: "Det lärande exemplet")
        try enqueue(writes, stream: .learningExamples, at: now, db: db)
        return writes.count
    }

    static func learningExample(id: String, db: Database) throws -> NodeLearningExample? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM learning_draft WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let submissions = try Row.fetchAll(
            db, sql: "SELECT * FROM learning_submission WHERE example_id = ? ORDER BY revision", arguments: [id]
        ).map { row in
            NodeLearningExample.Submission(
                revision: row["revision"], content: try decode(row["content"]), submittedAt: row["submitted_at"],
                submittedBy: row["submitted_by"])
        }
        return NodeLearningExample(
            id: id, draft: try decode(row["content"]), submissions: submissions, createdAt: row["created_at"],
            updatedAt: row["updated_at"], updatedBy: row["updated_by"])
    }

    private static func checkDraft(_ content: LearningExampleContent) throws {
        guard content.attachments.isEmpty else {
            throw NetworkWriteError(
                code: "learning.attachments",
                message: "Bilagor kan inte skickas från noden; lägg till dem i hubben när exemplet granskas.")
        }
        try content.checkDraft()
        let texts = [content.title, content.problem, content.whatWasDone, content.results, content.contactRole]
        if texts.contains(where: { PayloadScan.personalIdentifierPath(in: .string($0)) != nil }) {
            throw NetworkWriteError.personalIdentifier("Det lärande exemplet")
        }
    }

    private static func json(_ content: LearningExampleContent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(content), as: UTF8.self)
    }

    private static func decode(_ text: String) throws -> LearningExampleContent {
        try JSONDecoder().decode(LearningExampleContent.self, from: Data(text.utf8))
    }

    /// `le-` and 16 random hex digits.
    private static func newExampleID() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return "le-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
