import Foundation
import GRDB
import SyncEngine
import Testing
import WireProtocol

@testable import NodeStore

/// The migration that drops the outbox's own copy of each payload keeps every pending entry sendable.
@Suite struct OutboxMigrationTests {
    @Test func pendingEntriesWrittenBeforeTheMigrationAreSentWithTheirExportedPayload() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("region.sqlite").path
        let payload = #"{"group":"ortopedi","value":7}"#
        let hash = String(repeating: "a", count: 64)
        do {
            let queue = try DatabaseQueue(path: path)
            try NodeSchema.migrator.migrate(queue, upTo: "2026-12-13-indicator-feeds")
            try queue.write { db in
                for (key, sequence) in [
                    ("01/indicator/a/v1/ortopedi/2025-W07", 4), ("01/indicator/b/v1/x/2025-W07", 9),
                ] {
                    try db.execute(
                        sql: """
                            INSERT INTO sync_outbox (stream, item_key, sequence, content_hash, payload, enqueued_at)
                            VALUES ('indicators', ?, ?, ?, ?, '2025-03-01 10:00:00.000')
                            """, arguments: [key, sequence, hash, payload])
                    try db.execute(
                        sql: """
                            INSERT INTO sync_export (stream, item_key, content_hash, payload, exported_at)
                            VALUES ('indicators', ?, ?, ?, '2025-03-01 10:00:00.000')
                            """, arguments: [key, hash, payload])
                }
            }
        }
        let store = try NodeStore.open(path: path)
        let items = try store.outboxItems(.indicators, after: 0, limit: 10)
        #expect(items.map(\.sequence) == [4, 9])
        #expect(
            items.allSatisfy { $0.contentHash == hash && CanonicalJSON.bytes(of: $0.payload) == Array(payload.utf8) })
        #expect(try store.outboxSummary(.indicators).pendingCount == 2)
        let columns = try store.writer.read { db in try db.columns(in: "sync_outbox").map(\.name) }
        #expect(!columns.contains("payload"))
    }
}
