import Foundation
import HubStore
import Hummingbird
import ServerSupport

import enum WireProtocol.CanonicalJSON

/// `POST indicator-values` (region node): a simple JSON batch of the caller's own indicator values, answered with
/// a receipt of one outcome per item. The logic is ``HubStore/ingestIndicatorValues(_:from:at:)``, which the
/// signed sync protocol's endpoint calls as well.
struct IndicatorValueController: Sendable {
    let store: HubStore
    let now: @Sendable () -> Date
    let maximumBodyBytes: Int

    func addRoutes(to group: RouterGroup<HubRequestContext>) {
        group.post("indicator-values") { request, context -> IngestReceipt in
            let identity = try context.require([.regionNode])
            let batch = try await IndicatorBatch.read(from: request, limit: maximumBodyBytes)
            guard batch.values.count <= IndicatorBatch.maximumItems else {
                throw APIError(
                    .contentTooLarge, code: "batch.too_large",
                    message:
                        "Batchen har \(batch.values.count) värden; skicka högst \(IndicatorBatch.maximumItems) per anrop."
                )
            }
            let store = store
            let receivedAt = now()
            let outcomes = try await StoreWork.run {
                try store.ingestIndicatorValues(batch.values, from: identity, at: receivedAt)
            }
            return IngestReceipt(receivedAt: receivedAt, outcomes: outcomes)
        }
    }
}

/// The body of `POST indicator-values`.
struct IndicatorBatch: Decodable {
    /// Most values per call.
    static let maximumItems = 50_000
    var values: [IndicatorValueSubmission]

    /// Reads the body up to `limit` bytes with ``IndicatorBatchParser`` (the same answers as ``JSONBody`` gives
    /// for other bodies: 413 when too large, 400 with a Swedish sentence naming the item and field when malformed).
    static func read(from request: Request, limit: Int) async throws -> IndicatorBatch {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw APIError(
                .contentTooLarge, code: "body.too_large",
                message: "Anropet är större än \(limit / 1_048_576) MiB; dela upp det i mindre delar.")
        }
        do {
            return IndicatorBatch(
                values: try buffer.withUnsafeReadableBytes { (bytes) throws(IndicatorBatchParser.Failure) in
                    try IndicatorBatchParser.parse(bytes)
                })
        } catch {
            throw APIError.badRequest("Kunde inte läsa indikatorvärdena: \(error.message)")
        }
    }
}

/// The receipt: when the batch was committed, totals per outcome, and every item's outcome.
///
/// Written by hand rather than through the API's sorted-keys JSONEncoder: a receipt has a line per value (tens of
/// thousands), and encoding them was a fourteenth of the whole ingestion's time. The output is the same compact JSON
/// with keys in sorted order as every other answer (a test holds it to that).
struct IngestReceipt: ResponseGenerator {
    var receivedAt: Date
    var imported: Int
    var updated: Int
    var ignored: Int
    var rejected: Int
    var items: [Item]

    /// One item's line, with the reason's Swedish sentence.
    struct Item {
        var index: Int
        var key: String
        var status: String
        var reason: String?
        var message: String?
    }

    init(receivedAt: Date, outcomes: [ItemOutcome]) {
        self.receivedAt = receivedAt
        imported = outcomes.count { $0.status == .imported }
        updated = outcomes.count { $0.status == .updated }
        ignored = outcomes.count { $0.status == .ignored }
        rejected = outcomes.count { $0.status == .rejected }
        items = outcomes.map {
            Item(
                index: $0.index, key: $0.key, status: $0.status.rawValue, reason: $0.reason?.rawValue,
                message: $0.reason?.swedishMessage)
        }
    }

    /// The JSON text, keys sorted.
    var json: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(96 * items.count + 128)
        func raw(_ text: String) { out.append(contentsOf: text.utf8) }
        raw("{\"ignored\":\(ignored),\"imported\":\(imported),\"items\":[")
        for (position, item) in items.enumerated() {
            raw(position == 0 ? "{\"index\":\(item.index),\"key\":" : ",{\"index\":\(item.index),\"key\":")
            CanonicalJSON.writeString(item.key, into: &out)
            if let message = item.message {
                raw(",\"message\":")
                CanonicalJSON.writeString(message, into: &out)
            }
            if let reason = item.reason {
                raw(",\"reason\":")
                CanonicalJSON.writeString(reason, into: &out)
            }
            raw(",\"status\":")
            CanonicalJSON.writeString(item.status, into: &out)
            raw("}")
        }
        raw("],\"receivedAt\":")
        CanonicalJSON.writeString(receivedAt.formatted(.iso8601), into: &out)
        raw(",\"rejected\":\(rejected),\"updated\":\(updated)}")
        return out
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }
}
