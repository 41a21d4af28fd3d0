import Credentials
import Foundation
import Hub
import HubClient
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

/// The sync API through the hub's real router, with real Ed25519 signatures and credentials.
@Suite("Hub sync API")
struct HubSyncAPITests {
    let store: HubStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let gotlandKey = SigningKey.generate()
    let stockholmKey = SigningKey.generate()
    let gotlandToken: String
    let stockholmToken: String

    init() throws {
        store = try HubStore.inMemory()
        try store.ensureTenants(regions: SwedishRegion.all, agencyCode: "agency", agencyName: "Myndigheten")
        gotlandToken = try store.issueCredential(
            tenantCode: "09", role: .regionNode, label: "Regionnod Gotland", publicKey: gotlandKey.publicKeyBase64,
            at: now
        ).token.secret
        stockholmToken = try store.issueCredential(
            tenantCode: "01", role: .regionNode, label: "Regionnod Stockholm",
            publicKey: stockholmKey.publicKeyBase64, at: now
        ).token.secret
    }

    var application: some ApplicationProtocol {
        let now = now
        return buildHubApplication(configuration: HubServerConfiguration(port: 0), store: store, now: { now })
    }

    static func value(
        _ region: String, _ indicator: String, _ period: String, _ count: Double?, suppressed: Bool = false
    )
        -> WireProtocol.IndicatorValue
    {
        WireProtocol.IndicatorValue(
            regionCode: region, indicatorID: indicator, definitionVersion: 1, group: "Ortopedi", period: period,
            numerator: count, value: count, suppressed: suppressed)
    }

    static func batch(
        _ values: [WireProtocol.IndicatorValue], firstSequence: Int64 = 1, after: Int64 = 0, id: String? = nil
    ) throws -> UploadBatch {
        UploadBatch(
            batchID: id ?? "indicators-\(UUID().uuidString.lowercased())", stream: .indicators, after: after,
            catalogue: SyncCatalogue.reference(.standard),
            items: try values.enumerated().map { index, value in
                try UploadItem(sequence: firstSequence + Int64(index), key: value.naturalKey, typedPayload: value)
            })
    }

    /// The request's headers: Bearer token and the signature by `key` over `body` (as sent).
    func headers(
        token: String, key: SigningKey, method: String, path: String, batchID: String, signedBody: [UInt8],
        timestamp: Int64? = nil
    ) throws -> HTTPFields {
        let signed = try SignedRequestHeaders.sign(
            method: method, path: path, batchID: batchID, body: signedBody,
            timestamp: timestamp ?? Int64(now.timeIntervalSince1970), signer: Ed25519BatchSigner(key: key))
        var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        for (name, value) in signed.fields { fields[.init(name)!] = value }
        return fields
    }

    func push(
        _ client: some TestClientProtocol, _ batch: UploadBatch, token: String, key: SigningKey,
        body override: [UInt8]? = nil
    ) async throws -> (Int, [UInt8]) {
        let body = try CanonicalJSON.encode(batch)
        let path = SyncEndpoint.batches(.indicators)
        let fields = try headers(
            token: token, key: key, method: "POST", path: path, batchID: batch.batchID, signedBody: body)
        return try await client.execute(
            uri: path, method: .post, headers: fields, body: ByteBuffer(bytes: override ?? body)
        ) { response in (Int(response.status.code), Array(response.body.readableBytesView)) }
    }

    func syncError(_ bytes: [UInt8]) throws -> SyncError { try CanonicalJSON.decode(SyncError.self, from: bytes) }

    @Test func aSignedBatchIsReceiptedStoredAndPublishedAsAComparison() async throws {
        let batch = try Self.batch([Self.value("09", "waiting", "2025-W10", 40)])
        try await application.test(.router) { client in
            let (status, body) = try await push(client, batch, token: gotlandToken, key: gotlandKey)
            #expect(status == 200)
            let receipt = try CanonicalJSON.decode(BatchReceipt.self, from: body)
            #expect(receipt.committed && receipt.acknowledgedThrough == 1)
            #expect(receipt.items.map(\.outcome) == [.imported])
        }
        #expect(try store.syncRecords(region: "09", stream: .indicators).count == 1)
        #expect(try store.syncAcknowledged(region: "09", stream: .indicators) == 1)
        let feed = try store.syncChanges(stream: .nationalComparisons, after: 0, epoch: "", limit: 10).get()
        let comparison = try feed.changes[0].decodePayload(as: WireProtocol.NationalComparison.self)
        #expect(comparison.national == 40)
    }

    @Test func aTamperedBodyIsRejectedAndNothingIsStored() async throws {
        let batch = try Self.batch([Self.value("09", "waiting", "2025-W10", 40)])
        let tampered = try Self.batch([Self.value("09", "waiting", "2025-W10", 400)], id: batch.batchID)
        try await application.test(.router) { client in
            // The body changed on the way: its digest no longer matches the signed one.
            let (status, body) = try await push(
                client, batch, token: gotlandToken, key: gotlandKey, body: try CanonicalJSON.encode(tampered))
            #expect(status == 400)
            #expect(try syncError(body).code == .bodyDigestMismatch)
            // A forger who also rewrites the digest header cannot make the signature match.
            let forgedBody = try CanonicalJSON.encode(tampered)
            var fields = try headers(
                token: gotlandToken, key: gotlandKey, method: "POST", path: SyncEndpoint.batches(.indicators),
                batchID: batch.batchID, signedBody: try CanonicalJSON.encode(batch))
            fields[.init(SignedRequestHeaders.Name.contentSHA256)!] = PlanningDomain.SHA256.hex(forgedBody)
            try await client.execute(
                uri: SyncEndpoint.batches(.indicators), method: .post, headers: fields,
                body: ByteBuffer(bytes: forgedBody)
            ) { response in
                #expect(response.status == .unauthorized)
                let refusal = try syncError(Array(response.body.readableBytesView))
                #expect(refusal.code == .badSignature)
            }
        }
        #expect(try store.syncRecords(region: "09", stream: .indicators).isEmpty)
        #expect(try store.syncReceiptTotals(region: "09").batches == 0)
    }

    @Test func aBatchSignedWithAnotherRegionsKeyIsRejected() async throws {
        let batch = try Self.batch([Self.value("09", "waiting", "2025-W10", 40)])
        try await application.test(.router) { client in
            let (status, body) = try await push(client, batch, token: gotlandToken, key: stockholmKey)
            #expect(status == 401)
            #expect(try syncError(body).code == .unauthenticated)
            #expect(try syncError(body).message.contains(stockholmKey.keyID))
        }
        #expect(try store.syncRecords(region: "09", stream: .indicators).isEmpty)
    }

    @Test func itemsOfAnotherRegionAreRejectedByOwnerNotByPayload() async throws {
        // Stockholm's own credential and key, but keys and payloads naming Gotland.
        let batch = try Self.batch([Self.value("09", "waiting", "2025-W10", 40)])
        try await application.test(.router) { client in
            let (status, body) = try await push(client, batch, token: stockholmToken, key: stockholmKey)
            #expect(status == 200)
            let receipt = try CanonicalJSON.decode(BatchReceipt.self, from: body)
            #expect(receipt.items.map(\.reason) == [.notOwner])
        }
        #expect(try store.syncRecords(region: "09", stream: .indicators).isEmpty)
        #expect(try store.syncRecords(region: "01", stream: .indicators).isEmpty)
    }

    @Test func aReplayedBatchGetsTheSameReceiptAndChangesNothing() async throws {
        let batch = try Self.batch([
            Self.value("09", "waiting", "2025-W10", 40), Self.value("09", "inflow", "2025-W10", 12),
        ])
        try await application.test(.router) { client in
            let (firstStatus, first) = try await push(client, batch, token: gotlandToken, key: gotlandKey)
            let (againStatus, again) = try await push(client, batch, token: gotlandToken, key: gotlandKey)
            #expect(firstStatus == 200 && againStatus == 200)
            #expect(first == again)
            // The same id with another body is refused, not silently applied.
            var other = try Self.batch([Self.value("09", "waiting", "2025-W10", 41)])
            other.batchID = batch.batchID
            let (otherStatus, otherBody) = try await push(client, other, token: gotlandToken, key: gotlandKey)
            #expect(otherStatus == 409)
            #expect(try syncError(otherBody).code == .batchIDReused)
        }
        let totals = try store.syncReceiptTotals(region: "09")
        #expect(totals.batches == 1 && totals.imported == 2)
        #expect(try store.syncRecords(region: "09", stream: .indicators).count == 2)
    }

    @Test func aSmallPersonBasedCountIsRejectedAndASuppressedRegionHidesTheNationalFigure() async throws {
        let gotland = try Self.batch([
            Self.value("09", "waiting", "2025-W10", 3), Self.value("09", "waiting", "2025-W11", nil, suppressed: true),
        ])
        let stockholm = try Self.batch([
            Self.value("01", "waiting", "2025-W10", 50), Self.value("01", "waiting", "2025-W11", 60),
        ])
        try await application.test(.router) { client in
            let (_, body) = try await push(client, gotland, token: gotlandToken, key: gotlandKey)
            let receipt = try CanonicalJSON.decode(BatchReceipt.self, from: body)
            #expect(receipt.items.map(\.reason) == [.smallCell, nil])
            _ = try await push(client, stockholm, token: stockholmToken, key: stockholmKey)
        }
        let feed = try store.syncChanges(stream: .nationalComparisons, after: 0, epoch: "", limit: 100).get()
        let comparisons = try feed.changes.map { try $0.decodePayload(as: WireProtocol.NationalComparison.self) }
        let week11 = try #require(comparisons.first { $0.period == "2025-W11" })
        #expect(week11.national == nil)
        #expect(week11.cells.first { $0.regionCode == "09" }?.suppressed == true)
        #expect(week11.cells.first { $0.regionCode == "09" }?.value == nil)
        let week10 = try #require(comparisons.first { $0.period == "2025-W10" })
        #expect(week10.national == 50)
        #expect(week10.cells.map(\.regionCode) == ["01"])
    }

    @Test func changesAndCursorAreSignedReadsAndAStaleEpochIsCursorInvalid() async throws {
        let batch = try Self.batch([Self.value("09", "waiting", "2025-W10", 40)])
        try await application.test(.router) { client in
            _ = try await push(client, batch, token: gotlandToken, key: gotlandKey)
            let cursorPath = SyncEndpoint.cursor(.indicators)
            let cursorHeaders = try headers(
                token: gotlandToken, key: gotlandKey, method: "GET", path: cursorPath, batchID: "", signedBody: [])
            try await client.execute(uri: cursorPath, method: .get, headers: cursorHeaders) { response in
                #expect(response.status == .ok)
                let cursor = try CanonicalJSON.decode(StreamCursor.self, from: Array(response.body.readableBytesView))
                #expect(cursor.acknowledgedThrough == 1)
            }
            let stale = SyncEndpoint.changes(
                .nationalComparisons, after: DownloadCursor(epoch: "old", sequence: 1), limit: 10)
            let staleHeaders = try headers(
                token: gotlandToken, key: gotlandKey, method: "GET", path: stale, batchID: "", signedBody: [])
            try await client.execute(uri: stale, method: .get, headers: staleHeaders) { response in
                #expect(response.status == .conflict)
                let refusal = try syncError(Array(response.body.readableBytesView))
                #expect(refusal.code == .cursorInvalid)
                #expect(refusal.hubEpoch?.isEmpty == false)
            }
            // Without the Bearer token the answer is a sync error the node can act on, not an opaque 401.
            try await client.execute(uri: cursorPath, method: .get) { response in
                #expect(response.status == .unauthorized)
                let refusal = try syncError(Array(response.body.readableBytesView))
                #expect(refusal.code == .unauthenticated)
            }
        }
    }

    @Test func aSkewedClockIsRefusedWithARetryableCode() async throws {
        let path = SyncEndpoint.cursor(.indicators)
        let skewed = try headers(
            token: gotlandToken, key: gotlandKey, method: "GET", path: path, batchID: "", signedBody: [],
            timestamp: Int64(now.timeIntervalSince1970) - 3_600)
        try await application.test(.router) { client in
            try await client.execute(uri: path, method: .get, headers: skewed) { response in
                let refusal = try syncError(Array(response.body.readableBytesView))
                #expect(refusal.code == .clockSkew && refusal.code.isRetryable)
            }
        }
    }
}
