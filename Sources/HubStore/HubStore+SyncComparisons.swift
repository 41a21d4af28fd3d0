import Foundation
import GRDB
import SyncEngine
import WireProtocol

extension HubStore {
    /// Recomputes the national comparison of every indicator cell `receipt` imported or updated, and records each
    /// changed comparison in the `national-comparisons` feed. Runs inside the batch's transaction, so the feed can
    /// never lag behind committed values (a crash loses both or neither).
    static func publishComparisons(for receipt: BatchReceipt, db: Database, at now: Date) throws {
        let cells = Set(
            receipt.items.filter { $0.outcome == .imported || $0.outcome == .updated }.compactMap {
                NationalComparisonBuilder.cellParts(of: $0.key)
            })
        guard !cells.isEmpty else { return }
        let regions = try String.fetchAll(db, sql: "SELECT code FROM tenant WHERE kind = 'region' ORDER BY code")
        let placeholders = Array(repeating: "?", count: regions.count).joined(separator: ", ")
        let select = try db.makeStatement(
            sql: "SELECT payload FROM sync_record WHERE stream = ? AND item_key IN (\(placeholders))")
        try appendChanges(to: .nationalComparisons, db: db, at: now) { feed in
            for cell in cells.sorted(by: { $0.joined(separator: "/") < $1.joined(separator: "/") }) {
                let keys = regions.map { NaturalKey(owner: $0, kind: "indicator", parts: cell).rawValue }
                let payloads = try String.fetchAll(
                    select, arguments: StatementArguments([SyncStream.indicators.rawValue] + keys))
                let values = payloads.compactMap {
                    try? CanonicalJSON.decode(IndicatorValue.self, from: Array($0.utf8))
                }
                guard let comparison = NationalComparisonBuilder.comparison(of: values) else { continue }
                try feed.append(comparison.naturalKey, payload: try CanonicalJSON.jsonValue(comparison))
            }
        }
    }
}
