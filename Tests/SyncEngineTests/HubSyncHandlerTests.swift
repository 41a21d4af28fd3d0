import SyncEngine
import Testing
import WireProtocol

@Suite struct HubSyncHandlerTests {
    struct Signer: BatchSigner {
        var keyID = "key-01"
        func signature(for message: [UInt8]) throws -> [UInt8] { Array(keyID.utf8) + message }
    }

    struct Verifier: BatchVerifier {
        func region(forKeyID keyID: String) -> String? { keyID == "key-01" ? "01" : nil }
        func isValidSignature(_ signature: [UInt8], for message: [UInt8], keyID: String) -> Bool {
            signature == Array(keyID.utf8) + message
        }
    }

    let handler = HubSyncHandler(ingest: HubIngest(acceptedCatalogueVersions: [1]), verifier: Verifier())
    let now: Int64 = 1_750_000_000
    let path = SyncEndpoint.batches(.indicators)

    func request(_ batch: UploadBatch, timestamp: Int64? = nil, signer: Signer = Signer()) throws -> (
        [String: String], [UInt8]
    ) {
        let body = try CanonicalJSON.encode(batch)
        let headers = try SignedRequestHeaders.sign(
            method: "POST", path: path, batchID: batch.batchID, body: body, timestamp: timestamp ?? now, signer: signer)
        return (headers.fields, body)
    }

    func push(_ headers: [String: String], _ body: [UInt8], store: inout InMemoryHubStore) -> (Int, SyncError?) {
        let response = handler.push(
            streamSegment: "indicators", path: path, headers: headers, body: body, nowSeconds: now, store: &store)
        return (response.status, try? CanonicalJSON.decode(SyncError.self, from: response.body))
    }

    @Test func aSignedBatchIsIngestedUnderTheKeysRegionAndMustBeCommitted() throws {
        var store = InMemoryHubStore()
        let batch = UploadBatch(batchID: "b1", stream: .indicators, after: 0, items: Sample.items(1...2))
        let (headers, body) = try request(batch)
        let response = handler.push(
            streamSegment: "indicators", path: path, headers: headers, body: body, nowSeconds: now, store: &store)
        #expect(response.status == 200 && response.mustCommit)
        let receipt = try CanonicalJSON.decode(BatchReceipt.self, from: response.body)
        #expect(receipt.counts == [.imported: 2])
        let replay = handler.push(
            streamSegment: "indicators", path: path, headers: headers, body: body, nowSeconds: now, store: &store)
        #expect(replay.status == 200 && !replay.mustCommit && replay.body == response.body)
    }

    @Test func aCutBodyIsARetryableDigestMismatchNotABadSignature() throws {
        var store = InMemoryHubStore()
        let (headers, body) = try request(
            UploadBatch(batchID: "b1", stream: .indicators, after: 0, items: Sample.items(1...2)))
        let (status, error) = push(headers, Array(body.prefix(body.count / 2)), store: &store)
        #expect(status == 400)
        #expect(error?.code == .bodyDigestMismatch && error?.code.isRetryable == true)
        #expect(store == InMemoryHubStore())
    }

    @Test func clockSkewBeyondTheToleranceIsRefused() throws {
        var store = InMemoryHubStore()
        let batch = UploadBatch(batchID: "b1", stream: .indicators, after: 0, items: Sample.items(1...1))
        let (late, lateBody) = try request(batch, timestamp: now - 301)
        #expect(push(late, lateBody, store: &store).1?.code == .clockSkew)
        let (ok, okBody) = try request(batch, timestamp: now + 300)
        #expect(push(ok, okBody, store: &store).0 == 200)
    }

    @Test func unknownKeysForgedSignaturesAndMissingHeadersAreRefused() throws {
        var store = InMemoryHubStore()
        let batch = UploadBatch(batchID: "b1", stream: .indicators, after: 0, items: Sample.items(1...1))
        let (unknown, body) = try request(batch, signer: Signer(keyID: "key-99"))
        #expect(push(unknown, body, store: &store).1?.code == .unauthenticated)
        var (forged, forgedBody) = try request(batch)
        forged[SignedRequestHeaders.Name.signature] = "AAAA"
        #expect(push(forged, forgedBody, store: &store).1?.code == .badSignature)
        var (missing, missingBody) = try request(batch)
        missing[SignedRequestHeaders.Name.timestamp] = nil
        #expect(push(missing, missingBody, store: &store).1?.code == .unauthenticated)
        var (swapped, swappedBody) = try request(batch)
        swapped[SignedRequestHeaders.Name.batchID] = "b2"
        #expect(push(swapped, swappedBody, store: &store).1?.code == .badSignature)
        #expect(store == InMemoryHubStore())
    }

    @Test func changesArePagedForSignedPulls() throws {
        var log = HubChangeLog(stream: .nationalComparisons, epoch: "e1")
        log.record(NaturalKey(owner: "hub", kind: "national-comparison", parts: ["a"]), payload: .number(1))
        let pullPath = SyncEndpoint.changes(.nationalComparisons, after: .start, limit: 10)
        let headers = try SignedRequestHeaders.sign(
            method: "GET", path: pullPath, batchID: "", body: [], timestamp: now, signer: Signer())
        let response = handler.changes(
            streamSegment: "national-comparisons", path: pullPath, headers: headers.fields,
            query: ["after": "0", "epoch": "", "limit": "10"], nowSeconds: now, log: log)
        #expect(response.status == 200)
        #expect(try CanonicalJSON.decode(ChangeFeed.self, from: response.body).changes.count == 1)
        let wrongStream = handler.changes(
            streamSegment: "indicators", path: pullPath, headers: headers.fields, query: [:], nowSeconds: now, log: log)
        #expect(wrongStream.status == 404)
    }
}
