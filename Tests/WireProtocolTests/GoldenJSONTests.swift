import Testing
import WireProtocol

/// The wire format is a contract with nodes of other versions: these files change only with a new protocol
/// version. Regenerate a file only on purpose (print `CanonicalJSON.encode(...)` and paste).
@Suite struct GoldenJSONTests {
    static let cases: [(String, @Sendable () throws -> [UInt8])] = [
        ("upload-batch-v1.json", { try CanonicalJSON.encode(Examples.batch) }),
        ("upload-batch-self-assessments-v1.json", { try CanonicalJSON.encode(Examples.selfAssessmentBatch) }),
        ("batch-receipt-v1.json", { try CanonicalJSON.encode(Examples.receipt) }),
        ("change-feed-v1.json", { try CanonicalJSON.encode(Examples.feed) }),
        ("sync-error-v1.json", { try CanonicalJSON.encode(Examples.error) }),
    ]

    @Test(arguments: cases.map(\.0))
    func encodingMatchesTheGoldenFileByteForByte(name: String) throws {
        let encode = Self.cases.first { $0.0 == name }!.1
        let encoded = try encode()
        let golden = try FixtureFile.bytes(name)
        #expect(String(decoding: encoded, as: UTF8.self) == String(decoding: golden, as: UTF8.self))
    }

    @Test func goldenFilesDecodeToTheSameValues() throws {
        #expect(
            try CanonicalJSON.decode(UploadBatch.self, from: FixtureFile.bytes("upload-batch-v1.json"))
                == Examples.batch)
        #expect(
            try CanonicalJSON.decode(UploadBatch.self, from: FixtureFile.bytes("upload-batch-self-assessments-v1.json"))
                == Examples.selfAssessmentBatch)
        #expect(
            try CanonicalJSON.decode(BatchReceipt.self, from: FixtureFile.bytes("batch-receipt-v1.json"))
                == Examples.receipt)
        #expect(
            try CanonicalJSON.decode(ChangeFeed.self, from: FixtureFile.bytes("change-feed-v1.json")) == Examples.feed)
        #expect(
            try CanonicalJSON.decode(SyncError.self, from: FixtureFile.bytes("sync-error-v1.json")) == Examples.error)
    }

    @Test func goldenItemsCarryTheHashesOfTheirPayloads() throws {
        let batch = try CanonicalJSON.decode(UploadBatch.self, from: FixtureFile.bytes("upload-batch-v1.json"))
        #expect(batch.items.allSatisfy { $0.hasValidContentHash })
        let payload = try batch.items[0].decodePayload(as: IndicatorValue.self)
        #expect(payload == Examples.indicator)
    }

    @Test func theSigningInputHasTheDocumentedForm() throws {
        let golden = try FixtureFile.bytes("signing-input-v1.txt")
        #expect(Examples.signingInput.canonicalBytes == golden)
    }
}
