import SyncEngine
import Testing
import WireProtocol

@Suite struct HubIngestTests {
    let ingest = HubIngest(maxItemsPerBatch: 10, acceptedCatalogueVersions: [1])
    let catalogue = CatalogueVersionRef(version: 1, hash: "h")

    func batch(_ items: [UploadItem], id: String = "b1", after: Int64 = 0) -> UploadBatch {
        UploadBatch(batchID: id, stream: .indicators, after: after, catalogue: catalogue, items: items)
    }

    func receipt(_ outcome: HubIngest.Outcome) -> BatchReceipt? {
        if case .receipt(let receipt, _) = outcome { return receipt }
        return nil
    }

    func error(_ outcome: HubIngest.Outcome) -> SyncError? {
        if case .failure(let error) = outcome { return error }
        return nil
    }

    @Test func upsertIsIdempotentOnKeyAndContentHashAndOrderedBySequence() {
        var store = InMemoryHubStore()
        let first = Sample.item(1, period: "2025-W07", count: 7)
        let same = UploadItem(sequence: 2, key: first.key, payload: first.payload)
        let changed = Sample.item(3, period: "2025-W07", count: 9)
        let stale = Sample.item(2, period: "2025-W07", count: 8)
        let answers = [
            ingest.ingest(
                batch([first], id: "a"), bodySHA256: "a", region: "01", pathStream: .indicators, into: &store),
            ingest.ingest(batch([same], id: "b"), bodySHA256: "b", region: "01", pathStream: .indicators, into: &store),
            ingest.ingest(
                batch([changed], id: "c"), bodySHA256: "c", region: "01", pathStream: .indicators, into: &store),
            ingest.ingest(
                batch([stale], id: "d"), bodySHA256: "d", region: "01", pathStream: .indicators, into: &store),
        ].compactMap { receipt($0)?.items.first }
        #expect(answers.map(\.outcome) == [.imported, .ignored, .updated, .ignored])
        #expect(answers.map(\.reason) == [nil, .unchanged, nil, .superseded])
        #expect(store.record(region: "01", stream: .indicators, key: first.key)?.contentHash == changed.contentHash)
        #expect(store.acknowledgedThrough(region: "01", stream: .indicators) == 3)
    }

    @Test func aRegionMayWriteOnlyItsOwnKeysWhateverThePayloadSays() {
        var store = InMemoryHubStore()
        let foreign = Sample.item(1, region: "03")
        let answer = receipt(
            ingest.ingest(batch([foreign]), bodySHA256: "x", region: "01", pathStream: .indicators, into: &store))
        #expect(answer?.items.first?.outcome == .rejected)
        #expect(answer?.items.first?.reason == .notOwner)
        #expect(store.records(region: "03", stream: .indicators).isEmpty)
        #expect(store.records(region: "01", stream: .indicators).isEmpty)
    }

    @Test func aWrongContentHashIsRejected() {
        var store = InMemoryHubStore()
        var item = Sample.item(1)
        item.contentHash = String(repeating: "a", count: 64)
        let answer = receipt(
            ingest.ingest(batch([item]), bodySHA256: "x", region: "01", pathStream: .indicators, into: &store))
        #expect(answer?.items.first?.reason == .hashMismatch)
    }

    @Test func aRepeatedBatchIDReturnsTheOriginalReceiptAndChangesNothing() {
        var store = InMemoryHubStore()
        let original = ingest.ingest(
            batch(Sample.items(1...3)), bodySHA256: "body", region: "01", pathStream: .indicators, into: &store)
        let before = store
        let replay = ingest.ingest(
            batch(Sample.items(1...3)), bodySHA256: "body", region: "01", pathStream: .indicators, into: &store)
        guard case .receipt(let replayed, true) = replay else {
            Issue.record("expected the stored receipt")
            return
        }
        #expect(replayed == receipt(original))
        #expect(store == before)
        let reused = ingest.ingest(
            batch(Sample.items(4...5)), bodySHA256: "other", region: "01", pathStream: .indicators, into: &store)
        #expect(error(reused)?.code == .batchIDReused)
    }

    @Test func aNodeAheadOfTheHubIsToldToResyncAndAResyncBatchIsAccepted() {
        var store = InMemoryHubStore()
        let ahead = ingest.ingest(
            batch(Sample.items(8...9), after: 7), bodySHA256: "x", region: "01", pathStream: .indicators, into: &store)
        #expect(error(ahead)?.code == .cursorInvalid)
        #expect(error(ahead)?.hubCursor == 0)
        #expect(store == InMemoryHubStore())
        var resync = batch(Sample.items(8...9), id: "r", after: 7)
        resync.resync = true
        let accepted = receipt(
            ingest.ingest(resync, bodySHA256: "r", region: "01", pathStream: .indicators, into: &store))
        #expect(accepted?.acknowledgedThrough == 9)
    }

    @Test func envelopeProblemsAreRefusedWithTheirCodes() {
        var store = InMemoryHubStore()
        var oldCatalogue = batch(Sample.items(1...1))
        oldCatalogue.catalogue = CatalogueVersionRef(version: 0, hash: "h0")
        #expect(
            error(ingest.ingest(oldCatalogue, bodySHA256: "1", region: "01", pathStream: .indicators, into: &store))?
                .acceptedCatalogueVersions == [1])
        let large = ingest.ingest(
            batch(Sample.items(1...11)), bodySHA256: "2", region: "01", pathStream: .indicators, into: &store)
        #expect(error(large)?.code == .batchTooLarge)
        #expect(error(large)?.maxItems == 10)
        let wrongPath = ingest.ingest(
            batch(Sample.items(1...1)), bodySHA256: "3", region: "01", pathStream: .selfAssessments, into: &store)
        #expect(error(wrongPath)?.code == .malformedRequest)
        let down = ingest.ingest(
            batch(Sample.items(1...1)), bodySHA256: "4", region: "01", pathStream: .definitions, into: &store)
        #expect(error(down)?.code == .unknownStream)
        let unordered = ingest.ingest(
            batch([Sample.item(2), Sample.item(1)]), bodySHA256: "5", region: "01", pathStream: .indicators,
            into: &store)
        #expect(error(unordered)?.code == .malformedRequest)
        var future = batch(Sample.items(1...1))
        future.protocolVersion = 2
        #expect(
            error(ingest.ingest(future, bodySHA256: "6", region: "01", pathStream: .indicators, into: &store))?.code
                == .unsupportedProtocolVersion)
        #expect(store == InMemoryHubStore())
    }

    @Test func theStandardValidatorRefusesSmallCellsUnknownIndicatorsAndPersonnummer() throws {
        let definitions = [
            IndicatorDefinition(
                id: "vantande-over-90", version: 1, name: "Väntande över 90 dagar", unit: "patienter", personBased: true
            )
        ]
        let checked = HubIngest(
            acceptedCatalogueVersions: [1], validator: HubItemValidator.standard(catalogue: definitions))
        var store = InMemoryHubStore()
        let small = Sample.item(1, count: 3)
        let suppressedValue = Sample.value(period: "2025-W02", 3).suppressedCopy
        let suppressed = try UploadItem(sequence: 2, key: suppressedValue.naturalKey, typedPayload: suppressedValue)
        var unknownValue = Sample.value(period: "2025-W03", 12)
        unknownValue.indicatorID = "okand"
        let unknown = try UploadItem(sequence: 3, key: unknownValue.naturalKey, typedPayload: unknownValue)
        var leakingValue = Sample.value(period: "2025-W04", 12)
        leakingValue.group = "patient 19121212-1212"
        let leaking = try UploadItem(sequence: 4, key: leakingValue.naturalKey, typedPayload: leakingValue)
        let answer = receipt(
            checked.ingest(
                batch([small, suppressed, unknown, leaking]), bodySHA256: "x", region: "01", pathStream: .indicators,
                into: &store))
        #expect(answer?.items.map(\.reason) == [.smallCell, nil, .unknownIndicator, .personalIdentifier])
        #expect(answer?.items.map(\.outcome) == [.rejected, .imported, .rejected, .rejected])
    }
}
