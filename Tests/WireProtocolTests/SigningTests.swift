import PlanningDomain
import Testing
import WireProtocol

@Suite struct SigningTests {
    struct Keyed: BatchSigner, BatchVerifier {
        let keyID = "key-05"
        func signature(for message: [UInt8]) throws -> [UInt8] { Array(SHA256.hex(Array("k".utf8) + message).utf8) }
        func region(forKeyID keyID: String) -> String? { keyID == self.keyID ? "05" : nil }
        func isValidSignature(_ signature: [UInt8], for message: [UInt8], keyID: String) -> Bool {
            (try? self.signature(for: message)) == signature
        }
    }

    let body = Array(#"{"a":1}"#.utf8)
    let path = "/api/v1/sync/indicators/batches"

    func headers(timestamp: Int64 = 1_000) throws -> SignedRequestHeaders {
        try SignedRequestHeaders.sign(
            method: "POST", path: path, batchID: "b", body: body, timestamp: timestamp, signer: Keyed())
    }

    @Test func aSignedRequestVerifiesToItsRegionThroughHTTPFields() throws {
        let fields = try headers().fields
        let parsed = try SignedRequestHeaders(
            fields: Dictionary(uniqueKeysWithValues: fields.map { ($0.key.lowercased(), $0.value) }))
        let result = parsed.verify(method: "POST", path: path, body: body, now: 1_100, verifier: Keyed())
        #expect(try result.get() == "05")
    }

    @Test func everySignedPartMatters() throws {
        let signed = try headers()
        #expect(
            failure(signed.verify(method: "GET", path: path, body: body, now: 1_000, verifier: Keyed()))
                == .badSignature)
        #expect(
            failure(signed.verify(method: "POST", path: path + "?x", body: body, now: 1_000, verifier: Keyed()))
                == .badSignature)
        var otherBatch = signed
        otherBatch.batchID = "c"
        #expect(
            failure(otherBatch.verify(method: "POST", path: path, body: body, now: 1_000, verifier: Keyed()))
                == .badSignature)
        var otherTime = signed
        otherTime.timestamp = 1_001
        #expect(
            failure(otherTime.verify(method: "POST", path: path, body: body, now: 1_000, verifier: Keyed()))
                == .badSignature)
        #expect(
            failure(signed.verify(method: "POST", path: path, body: body + [32], now: 1_000, verifier: Keyed()))
                == .bodyDigestMismatch)
        #expect(
            failure(signed.verify(method: "POST", path: path, body: body, now: 1_301, verifier: Keyed())) == .clockSkew)
    }

    @Test func theDigestIsTheSHA256OfTheBody() throws {
        #expect(try headers().contentSHA256 == SHA256.hex(body))
    }

    private func failure(_ result: Result<String, SyncError>) -> SyncErrorCode? {
        if case .failure(let error) = result { return error.code }
        return nil
    }
}
