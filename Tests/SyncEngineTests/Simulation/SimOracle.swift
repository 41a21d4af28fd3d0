import SyncEngine
import WireProtocol

/// Bookkeeping outside the system under test, and the invariant checks.
struct SimOracle {
    struct Version: Hashable {
        var region: String
        var key: NaturalKey
        var hash: String
    }

    struct Application: Hashable {
        var version: Version
        var sequence: Int64
    }

    /// How often each (region, key, hash) was written to an outbox.
    var exports: [Version: Int] = [:]
    /// How often the hub committed an import/update of each write.
    var applications: [Application: Int] = [:]
    /// The newest acknowledged write per (region, key).
    var acknowledged: [Version: Int64] = [:]
    var crashes: [CrashPoint: Int] = [:]
    /// Batches sent while an older one of the stream was in flight, and how many of them were committed.
    var sentAhead = 0
    var committedAhead = 0
    /// The hub's acknowledged cursor per region and stream (`region/stream`).
    var hubCursors: [String: Int64] = [:]
    var violations: [String] = []

    mutating func fail(_ message: String) {
        if violations.count < 20 { violations.append(message) }
    }

    mutating func checkMonotonic(_ what: String, _ before: Int64, _ after: Int64) {
        if after < before { fail("\(what) moved backwards from \(before) to \(after)") }
    }

    /// A receipt reached durable state on the hub.
    mutating func hubCommitted(_ receipt: BatchReceipt, region: String, hub: InMemoryHubStore) {
        let cursor = "\(region)/\(receipt.stream.rawValue)"
        checkMonotonic("hub cursor of \(cursor)", hubCursors[cursor] ?? 0, receipt.acknowledgedThrough)
        hubCursors[cursor] = receipt.acknowledgedThrough
        for item in receipt.items where item.outcome == .imported || item.outcome == .updated {
            guard let record = hub.record(region: region, stream: receipt.stream, key: item.key) else {
                fail("hub reported \(item.key) \(item.outcome) but holds no record")
                continue
            }
            let application = Application(
                version: Version(region: region, key: item.key, hash: record.contentHash), sequence: item.sequence)
            applications[application, default: 0] += 1
            if applications[application]! > 1 { fail("write \(item.key)#\(item.sequence) was applied twice") }
            checkSmallCell(record)
        }
    }

    /// The node durably recorded a receipt: every non-rejected item must be durable at the hub now.
    mutating func acknowledged(_ batch: UploadBatch, _ receipt: BatchReceipt, region: String, hub: InMemoryHubStore) {
        for (item, answer) in zip(batch.items, receipt.items) where answer.outcome != .rejected {
            guard let record = hub.record(region: region, stream: batch.stream, key: item.key),
                record.sequence >= item.sequence
            else {
                fail("\(item.key)#\(item.sequence) was acknowledged but the hub does not hold it")
                continue
            }
            if record.sequence == item.sequence, record.contentHash != item.contentHash {
                fail("\(item.key)#\(item.sequence) is held with different content")
            }
        }
    }

    mutating func checkSmallCell(_ record: HubRecord) {
        guard let value = try? CanonicalJSON.decode(IndicatorValue.self, from: record.payload),
            SimWorld.personBased.contains(value.indicatorID), !value.suppressed
        else { return }
        for count in [value.numerator, value.value].compactMap({ $0 }) where count > 0 && count < SimWorld.k {
            fail("person-based cell \(record.key) with count \(count) reached the hub")
        }
    }

    /// Each write applied at most as often as it was exported.
    mutating func checkApplications() {
        var perVersion: [Version: Int] = [:]
        for (application, count) in applications { perVersion[application.version, default: 0] += count }
        for (version, count) in perVersion where count > exports[version, default: 0] {
            fail(
                "\(version.key) with hash \(version.hash.prefix(8)) applied \(count)× but exported \(exports[version, default: 0])×"
            )
        }
    }
}
