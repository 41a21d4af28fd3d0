import FeedFormats
import Foundation
import GRDB
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData

/// A fixed import time, so the import log is reproducible.
let fixedNow: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_760_000_000) }

/// A temporary directory holding a real SQLite file and import files; removed by `remove()`.
struct Workspace {
    let directory: URL
    let store: NodeStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("balans-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try NodeStore.open(path: directory.appendingPathComponent("region.sqlite").path)
    }

    var importer: RegionImporter { RegionImporter(store: store, now: fixedNow) }

    /// Path of `name` inside the workspace.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Writes `bytes` to `name` (in a subdirectory when given) and returns the path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8], in subdirectory: String = "drop") throws -> String {
        let folder = directory.appendingPathComponent(subdirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @discardableResult
    func write(_ name: String, _ text: String, in subdirectory: String = "drop") throws -> String {
        try write(name, bytes: Array(text.utf8), in: subdirectory)
    }

    /// Imports `paths`, each as the feed its file name names.
    @discardableResult
    func importFiles(_ paths: [String], options: ImportOptions = ImportOptions()) throws -> ImportReport {
        try importer.run(paths.map { ImportRequest(path: $0) }, options: options)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// The small synthetic region the brief's acceptance tests start from.
let smallRegion: SyntheticRegion = SyntheticRegionGenerator.generate(
    SyntheticRegionConfiguration(
        regionCode: "09", seed: 7, lastWeek: ISOWeek(year: 2025, week: 40)!, years: 1, scale: 0.3))

extension Workspace {
    /// Writes the small synthetic region's feeds to `generated/` and imports them.
    @discardableResult
    func importSmallRegion() throws -> (paths: [String], report: ImportReport) {
        let paths = try SyntheticRegionWriter.write(smallRegion, to: path("generated"))
        return (paths, try importFiles(paths))
    }

    /// A fingerprint of every row of every table, surrogate ids and import-run ids included.
    func databaseFingerprint() throws -> String {
        try store.writer.read { db in
            var hasher = FNV1a()
            let tables = try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            for table in tables {
                let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").map { $0["name"] as String }
                let order = columns.indices.map { String($0 + 1) }.joined(separator: ", ")
                hasher.add("[\(table)]")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)") {
                    hasher.add(row.description)
                }
            }
            return hasher.hex
        }
    }

    /// Row counts and sums of the data tables, for readable failure messages beside the fingerprint.
    func tableTotals() throws -> [String] {
        try store.writer.read { db in
            let queries = [
                "SELECT COUNT(*), TOTAL(count) FROM weekly_activity",
                "SELECT COUNT(*), TOTAL(planned), TOTAL(absence) FROM capacity",
                "SELECT COUNT(*), TOTAL(entry_count) FROM waiting_snapshot",
                "SELECT COUNT(*), COUNT(medical_target_date) FROM waiting_entry",
                "SELECT COUNT(*) FROM org_unit", "SELECT COUNT(*) FROM planning_object",
                "SELECT COUNT(*) FROM resource",
                "SELECT COUNT(*), TOTAL(record_count) FROM import_run", "SELECT COUNT(*) FROM import_file",
            ]
            return try queries.map { sql in try Row.fetchOne(db, sql: sql)!.description }
        }
    }

    /// Stored data without surrogate ids or import-run ids: what a planner would see.
    func contentDigest() throws -> String {
        try store.writer.read { db in
            var hasher = FNV1a()
            let queries = [
                """
                SELECT u.code, u.name, u.level, p.code FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
                ORDER BY u.code
                """,
                "SELECT code, name, kind, measure FROM resource ORDER BY code",
                """
                SELECT o.code, o.name, u.code, o.specialty, o.care_service, o.provider_category, o.contact_type,
                    o.medical_priority
                FROM planning_object o JOIN org_unit u ON u.id = o.unit_id ORDER BY o.code
                """,
                """
                SELECT o.code, a.series, a.week, a.count FROM weekly_activity a
                JOIN planning_object o ON o.id = a.planning_object_id ORDER BY o.code, a.series, a.week
                """,
                """
                SELECT s.snapshot_date, s.entry_count, o.code, e.waiting_since, e.medical_target_date, e.priority
                FROM waiting_entry e JOIN waiting_snapshot s ON s.id = e.snapshot_id
                JOIN planning_object o ON o.id = e.planning_object_id ORDER BY 1, 3, 4, 5, 6
                """,
                """
                SELECT u.code, r.code, c.week, c.planned, c.absence FROM capacity c
                JOIN org_unit u ON u.id = c.unit_id JOIN resource r ON r.id = c.resource_id ORDER BY 1, 2, 3
                """,
            ]
            for sql in queries {
                hasher.add(sql)
                for row in try Row.fetchAll(db, sql: sql) { hasher.add(row.description) }
            }
            return hasher.hex
        }
    }
}

/// FNV-1a, 64 bit: a cheap fingerprint of many strings.
struct FNV1a {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        hash ^= 0x1F
        hash &*= 0x0000_0100_0000_01B3
    }

    var hex: String { String(hash, radix: 16) }
}

/// The directory of checked-in fixtures (see Fixtures/make_fixtures.py).
func fixturesDirectory() throws -> URL {
    guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
        throw MissingFixtures()
    }
    return url
}

/// Path of a checked-in fixture.
func fixture(_ name: String) throws -> String { try fixturesDirectory().appendingPathComponent(name).path }

struct MissingFixtures: Error {}

/// The tiny hand-written region's master data files, in the fixtures.
func tinyMasterData() throws -> [String] {
    try ["enheter.csv", "resurser.csv", "planeringsobjekt.csv"].map(fixture)
}

func week(_ year: Int, _ number: Int) -> ISOWeek {
    guard let value = ISOWeek(year: year, week: number) else { fatalError("bad test week \(year)-\(number)") }
    return value
}
