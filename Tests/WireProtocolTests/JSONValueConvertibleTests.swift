import Foundation
import Testing
import WireProtocol

@Suite("Payloads that build their own JSON tree")
struct JSONValueConvertibleTests {
    /// The tree the `Encodable` conformance gives, through `JSONEncoder` and the parser.
    func encoded(_ value: some Encodable) throws -> JSONValue {
        try CanonicalJSON.parse(Array(try JSONEncoder().encode(value)))
    }

    /// `value` through `JSONEncoder` and Foundation's `JSONDecoder`: what the `Decodable` path reads.
    func roundTripped<T: Codable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(value))
    }

    @Test func indicatorValuesBuildTheTreeTheirEncodingGives() throws {
        var random = SystemRandomNumberGenerator()
        for index in 0..<300 {
            func maybe() -> Double? {
                Bool.random(using: &random) ? nil : Double(Int.random(in: 0...5_000, using: &random)) / 7
            }
            let value = IndicatorValue(
                regionCode: String(format: "%02d", index % 26), indicatorID: "inflow", definitionVersion: index % 3 + 1,
                group: "Öron-, näs- och halssjukvård/\(index)", period: index % 2 == 0 ? "2025-W07" : "2025-03",
                numerator: maybe(), denominator: maybe(), value: maybe(), suppressed: index % 5 == 0)
            #expect(value.jsonTree == (try encoded(value)))
            #expect(try CanonicalJSON.jsonValue(value) == (try encoded(value)))
            // And back: the direct reader gives what the decoder gives.
            let text = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
            #expect(IndicatorValue.decodeStored(text) == value)
            #expect(IndicatorValue(jsonTree: try encoded(value)) == value)
        }
    }

    @Test func comparisonsBuildTheTreeTheirEncodingGives() throws {
        for count in 0..<6 {
            var cells: [ComparisonCell] = []
            for index in 0..<count {
                let value: Double? = index == 2 ? nil : 0.25 * Double(index)
                cells.append(ComparisonCell(regionCode: "0\(index + 1)", value: value, suppressed: index == 2))
            }
            let national: Double? = count == 3 ? nil : 0.5
            let comparison = NationalComparison(
                indicatorID: "share-treated-within-90", definitionVersion: 2, group: "Ortopedi", period: "2025-W07",
                cells: cells, national: national)
            #expect(comparison.jsonTree == (try encoded(comparison)))
            #expect(NationalComparison(jsonTree: try encoded(comparison)) == comparison)
        }
        #expect(NationalComparison(jsonTree: .object(["indicatorID": .string("x")])) == nil)
    }

    @Test func changeFeedsBuildTheTreeTheirEncodingGives() throws {
        let payloads: [JSONValue?] = [
            nil, .null, .object(["a": .number(1.5), "b": .array([.string("å"), .bool(true)])]), .string("x"),
        ]
        let changes = payloads.enumerated().map { index, payload in
            Change(
                sequence: Int64(index + 40), key: NaturalKey(owner: "hub", kind: "national-comparison", parts: ["a/b"]),
                payload: payload)
        }
        for change in changes { #expect(change.jsonTree == (try encoded(change))) }
        let feed = ChangeFeed(
            stream: .nationalComparisons, epoch: "e1", after: 39, changes: changes, nextCursor: 43, hasMore: true)
        #expect(feed.jsonTree == (try encoded(feed)))
        // The reader reads what the decoder reads (a `null` payload is a deletion for both).
        #expect(ChangeFeed(jsonTree: try encoded(feed)) == (try roundTripped(feed)))
        #expect(try CanonicalJSON.decode(ChangeFeed.self, from: CanonicalJSON.encode(feed)) == (try roundTripped(feed)))
        #expect(try CanonicalJSON.encode(feed) == CanonicalJSON.bytes(of: try encoded(feed)))
    }

    @Test func receiptsBuildTheTreeTheirEncodingGives() throws {
        let key = NaturalKey(owner: "01", kind: "indicator", parts: ["inflow", "v1", "Ortopedi", "2025-W07"])
        let receipt = BatchReceipt(
            batchID: "indicators-1", stream: .indicators, committed: true, acknowledgedThrough: 12,
            items: [
                ItemReceipt(sequence: 11, key: key, outcome: .imported),
                ItemReceipt(sequence: 12, key: key, outcome: .rejected, reason: .smallCell, message: "Cell på 3."),
                ItemReceipt(sequence: 13, key: key, outcome: .ignored, reason: .unchanged),
            ])
        #expect(receipt.jsonTree == (try encoded(receipt)))
        #expect(BatchReceipt(jsonTree: try encoded(receipt)) == receipt)
        #expect(try roundTripped(receipt) == receipt)
        var unknownReason = try #require(receipt.jsonTree)
        if case .object(var object) = unknownReason {
            object["items"] = .array([
                .object(["sequence": .number(1), "key": .string("01/x"), "outcome": .string("??")])
            ])
            unknownReason = .object(object)
        }
        #expect(BatchReceipt(jsonTree: unknownReason) == nil)
        #expect(throws: (any Error).self) { try CanonicalJSON.decode(BatchReceipt.self, from: unknownReason) }
    }

    @Test func uploadBatchesBuildTheTreeTheirEncodingGives() throws {
        let key = NaturalKey(owner: "01", kind: "indicator", parts: ["inflow", "v1", "Öron/näsa", "2025-W07"])
        let items = [
            UploadItem(sequence: 7, key: key, payload: .object(["value": .number(0.1), "note": .string("a\"b\n")])),
            UploadItem(sequence: 8, key: key, payload: .null),
        ]
        for catalogue in [nil, CatalogueVersionRef(version: 3, hash: "abc")] {
            for resync in [false, true] {
                let batch = UploadBatch(
                    batchID: "indicators-9", stream: .indicators, after: 6, resync: resync, catalogue: catalogue,
                    items: items)
                #expect(batch.jsonTree == (try encoded(batch)))
                #expect(UploadBatch(jsonTree: try encoded(batch)) == batch)
                #expect(try CanonicalJSON.encode(batch) == CanonicalJSON.bytes(of: try encoded(batch)))
            }
        }
    }

    @Test func theBatchReaderRefusesWhatTheDecoderRefuses() throws {
        let item: JSONValue = .object([
            "sequence": .number(1), "key": .string("01/indicator/x"), "contentHash": .string("h"), "payload": .null,
        ])
        let batch: [String: JSONValue] = [
            "protocolVersion": .number(1), "batchID": .string("b"), "stream": .string("indicators"),
            "after": .number(0), "resync": .bool(false), "items": .array([item]),
        ]
        #expect(UploadBatch(jsonTree: .object(batch)) != nil)
        var variants: [[String: JSONValue]] = []
        for (key, bad) in [
            ("protocolVersion", JSONValue.number(1.5)), ("stream", .string("nope")), ("after", .string("0")),
            ("resync", .null), ("catalogue", .string("1")), ("items", .array([.object(["sequence": .number(1)])])),
            (
                "items",
                .array([
                    .object([
                        "sequence": .number(1), "key": .string("x"), "contentHash": .string("h"),
                        "payload": .null,
                    ])
                ])
            ),
        ] {
            var variant = batch
            variant[key] = bad
            variants.append(variant)
        }
        variants.append(batch.filter { $0.key != "resync" })
        for variant in variants {
            #expect(UploadBatch(jsonTree: .object(variant)) == nil, "\(variant)")
            #expect(throws: (any Error).self) { try CanonicalJSON.decode(UploadBatch.self, from: .object(variant)) }
        }
    }

    @Test func theDirectReaderLeavesOddShapesToTheDecoder() {
        // An extra key is ignored by both; a number where text belongs is refused by both.
        let extra =
            #"{"regionCode":"01","indicatorID":"inflow","definitionVersion":1,"group":"G","period":"2025-W07","#
            + #""value":5,"suppressed":false,"note":"x"}"#
        #expect(IndicatorValue.decodeStored(extra)?.value == 5)
        let wrong =
            #"{"regionCode":1,"indicatorID":"inflow","definitionVersion":1,"group":"G","period":"2025-W07","#
            + #""suppressed":false}"#
        #expect(IndicatorValue.decodeStored(wrong) == nil)
        #expect(IndicatorValue.decodeStored("{") == nil)
    }

    @Test func aNumberThatIsNotFiniteStillFailsAsBefore() {
        let value = IndicatorValue(
            regionCode: "01", indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: "2025-W07",
            value: .infinity)
        #expect(value.jsonTree == nil)
        #expect(throws: (any Error).self) { try CanonicalJSON.jsonValue(value) }
    }
}
