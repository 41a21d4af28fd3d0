public import Foundation
import GRDB
public import WireProtocol

/// The agency's publications as the node holds them: learning examples (`published-examples`) and catalogue
/// releases (`definitions`), applied from checked feed pages by ``NodeStore/applyFeed(_:newCursor:replaceAll:at:)``.
extension NodeStore {
    /// The published learning examples, newest publication first (then by title).
    public func publishedExamples() throws -> [PublishedExample] {
        try writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT payload FROM published_example ORDER BY published_on DESC, title, example_id"
            ).map { try CanonicalJSON.decode(PublishedExample.self, from: Array($0.utf8)) }
        }
    }

    /// How many published examples the node holds.
    public func publishedExampleCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM published_example") ?? 0 }
    }

    /// Published example `id`, or nil when the node does not hold it (never published, or withdrawn).
    public func publishedExample(id: String) throws -> PublishedExample? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT payload FROM published_example WHERE example_id = ?", arguments: [id])
                .map { try CanonicalJSON.decode(PublishedExample.self, from: Array($0.utf8)) }
        }
    }

    /// Every catalogue release the node has applied, oldest first.
    public func catalogueReleases() throws -> [CatalogueRelease] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT payload FROM catalogue_release ORDER BY version")
                .map { try CanonicalJSON.decode(CatalogueRelease.self, from: Array($0.utf8)) }
        }
    }

    /// The newest catalogue release applied (nil before the first `definitions` page): where the `definitions`
    /// stream's ordering check starts.
    public func appliedCatalogueVersion() throws -> Int? {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT MAX(version) FROM catalogue_release") }
    }

    static func applyPublishedExamples(_ feed: ChangeFeed, replaceAll: Bool, at now: Date, db: Database) throws {
        if replaceAll { try db.execute(sql: "DELETE FROM published_example") }
        for change in feed.changes {
            guard let payload = change.payload else {
                try db.execute(
                    sql: "DELETE FROM published_example WHERE item_key = ?", arguments: [change.key.rawValue])
                continue
            }
            let example = try CanonicalJSON.decode(PublishedExample.self, from: payload)
            guard example.naturalKey == change.key else {
                throw StoreError.unknownReference(
                    "publicerat exempel \(example.exampleID) under nyckeln \(change.key.rawValue)")
            }
            try db.execute(
                sql: """
                    INSERT INTO published_example (item_key, example_id, revision, region_code, theme, level, title,
                        published_on, content_hash, payload, received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (item_key) DO UPDATE SET example_id = excluded.example_id,
                        revision = excluded.revision, region_code = excluded.region_code, theme = excluded.theme,
                        level = excluded.level, title = excluded.title, published_on = excluded.published_on,
                        content_hash = excluded.content_hash, payload = excluded.payload,
                        received_at = excluded.received_at
                    """,
                arguments: [
                    change.key.rawValue, example.exampleID, example.revision, example.regionCode, example.theme,
                    example.level, example.title, example.publishedOn, change.contentHash, text(payload), now,
                ])
        }
    }

    static func applyCatalogueReleases(_ feed: ChangeFeed, replaceAll: Bool, at now: Date, db: Database) throws {
        if replaceAll { try db.execute(sql: "DELETE FROM catalogue_release") }
        for change in feed.changes {
            guard let payload = change.payload else {
                // A release is never withdrawn (values were computed under it); a deletion only drops the copy.
                try db.execute(
                    sql: "DELETE FROM catalogue_release WHERE item_key = ?", arguments: [change.key.rawValue])
                continue
            }
            let release = try CanonicalJSON.decode(CatalogueRelease.self, from: payload)
            // The machine checked the page already; the store refuses a bad hash too, so no path stores one.
            guard release.isHashValid, release.naturalKey == change.key else {
                throw StoreError.unknownReference(
                    "katalogversion \(release.version) med felaktig kontrollsumma eller nyckel")
            }
            try db.execute(
                sql: """
                    INSERT INTO catalogue_release (item_key, version, hash, published_on, indicator_count,
                        content_hash, payload, received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (item_key) DO UPDATE SET version = excluded.version, hash = excluded.hash,
                        published_on = excluded.published_on, indicator_count = excluded.indicator_count,
                        content_hash = excluded.content_hash, payload = excluded.payload,
                        received_at = excluded.received_at
                    """,
                arguments: [
                    change.key.rawValue, release.version, release.hash, release.publishedOn,
                    release.indicators.count, change.contentHash, text(payload), now,
                ])
        }
    }

    private static func text(_ payload: JSONValue) -> String {
        CanonicalJSON.text(of: payload)
    }
}
