import GRDB
public import PlanningDomain

extension HubStore {
    /// Published examples, readable by every tenant, newest first; with `query`, only those whose published
    /// revision matches it in the full-text index (title, problem, what was done, results), best match first.
    /// Every word of the query must occur, as a word or the start of one ("väntetid" finds "väntetider").
    public func publishedExamples(matching query: String? = nil, theme: LearningTheme? = nil) throws
        -> [LearningExampleSummary]
    {
        let match = query.flatMap(Self.ftsQuery)
        return try writer.read { db in
            let rows: [Row]
            if let match {
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT e.id, e.status, e.version, e.published_revision, e.updated_at, t.code, t.name,
                            r.title, r.theme, r.level, snippet(learning_search, -1, '', '', '…', 16) AS snippet
                        FROM learning_search s
                        JOIN learning_example e ON e.id = s.example_id
                        JOIN learning_revision r ON r.example_id = e.id AND r.revision = e.published_revision
                        JOIN tenant t ON t.id = e.tenant_id
                        WHERE learning_search MATCH ? AND (? IS NULL OR r.theme = ?)
                        ORDER BY s.rank
                        """, arguments: [match, theme?.rawValue, theme?.rawValue])
            } else {
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT e.id, e.status, e.version, e.published_revision, e.updated_at, t.code, t.name,
                            r.title, r.theme, r.level, NULL AS snippet
                        FROM learning_example e
                        JOIN learning_revision r ON r.example_id = e.id AND r.revision = e.published_revision
                        JOIN tenant t ON t.id = e.tenant_id
                        WHERE (? IS NULL OR r.theme = ?)
                        ORDER BY e.updated_at DESC, e.id
                        """, arguments: [theme?.rawValue, theme?.rawValue])
            }
            return rows.compactMap(Self.summary(from:))
        }
    }

    /// The caller's own region's examples in every status (drafts included), newest first.
    public func ownExamples(of identity: HubIdentity) throws -> [LearningExampleSummary] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, e.status, e.version, e.published_revision, e.updated_at, t.code, t.name,
                        e.draft_title AS title, NULL AS theme, NULL AS level, NULL AS snippet, e.document
                    FROM learning_example e JOIN tenant t ON t.id = e.tenant_id
                    WHERE e.tenant_id = ? ORDER BY e.updated_at DESC, e.id
                    """, arguments: [identity.tenant.id]
            ).compactMap(Self.summary(from:))
        }
    }

    /// Examples waiting for the agency's review (submitted), oldest first. Agency only.
    public func examplesAwaitingReview(by identity: HubIdentity) throws -> [LearningExampleSummary] {
        guard identity.isAgency else {
            throw HubStoreError.forbidden("learning", "Bara myndigheten granskar lärande exempel.")
        }
        return try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, e.status, e.version, e.published_revision, e.updated_at, t.code, t.name,
                        e.draft_title AS title, NULL AS theme, NULL AS level, NULL AS snippet, e.document
                    FROM learning_example e JOIN tenant t ON t.id = e.tenant_id
                    WHERE e.status = 'submitted' ORDER BY e.updated_at, e.id
                    """
            ).compactMap(Self.summary(from:))
        }
    }

    /// The FTS5 query for what a person typed: each word quoted (so no FTS syntax can be injected) and matched as
    /// a prefix, all words required; nil when there is no word.
    static func ftsQuery(_ text: String) -> String? {
        let words = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard !words.isEmpty else { return nil }
        return words.prefix(12).map { "\"\($0)\"*" }.joined(separator: " ")
    }

    private static func summary(from row: Row) -> LearningExampleSummary? {
        var theme = (row["theme"] as String?).flatMap(LearningTheme.init(rawValue:))
        var level = (row["level"] as String?).flatMap(PlanningLevel.init(rawValue:))
        if theme == nil || level == nil, let document = row["document"] as String?,
            let example = try? HubDocument.decode(LearningExample.self, from: document)
        {
            theme = example.draft.theme
            level = example.draft.level
        }
        guard let status = LearningExampleStatus(rawValue: row["status"]), let theme, let level else { return nil }
        return LearningExampleSummary(
            id: row["id"], ownerCode: row["code"], ownerName: row["name"], status: status, version: row["version"],
            title: row["title"], theme: theme, level: level, publishedRevision: row["published_revision"],
            updatedAt: row["updated_at"], snippet: row["snippet"])
    }
}
