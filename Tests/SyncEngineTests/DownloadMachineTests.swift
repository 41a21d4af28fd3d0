import SyncEngine
import Testing
import WireProtocol

@Suite struct DownloadMachineTests {
    let configuration = DownloadConfiguration(
        pageLimit: 2, pollIntervalMilliseconds: 60_000,
        backoff: BackoffPolicy(baseMilliseconds: 100, capMilliseconds: 2_000),
        requestTimeoutMilliseconds: 1_000)

    struct Harness {
        var machine: DownloadMachine
        var random = SeededGenerator(seed: 5)
        var now = Sample.t0
        mutating func handle(_ event: DownloadEvent) -> DownloadAction {
            machine.handle(event, now: now, random: &random)
        }
    }

    func harness(_ stream: SyncStream = .nationalComparisons, cursor: DownloadCursor = .start, applied: Int? = nil)
        -> Harness
    {
        Harness(
            machine: DownloadMachine(
                stream: stream, cursor: cursor, appliedCatalogueVersion: applied, configuration: configuration))
    }

    func log(_ count: Int, epoch: String = "e1") -> HubChangeLog {
        var log = HubChangeLog(stream: .nationalComparisons, epoch: epoch)
        for index in 1...count {
            log.record(
                NaturalKey(owner: "hub", kind: "national-comparison", parts: ["k\(index)"]),
                payload: .number(Double(index)))
        }
        return log
    }

    @Test func pagesAreAppliedWithTheirCursorAndTheNextPageFollowsAtOnce() throws {
        var h = harness()
        let first = h.handle(.tick)
        #expect(first == .fetch(after: .start, limit: 2, deadline: h.now.advanced(byMilliseconds: 1_000)))
        let page = try log(3).page(after: 0, epoch: "", limit: 2).get()
        let apply = h.handle(.feedReceived(page))
        #expect(apply == .apply(page, newCursor: DownloadCursor(epoch: "e1", sequence: 2), replaceAll: false))
        #expect(h.machine.cursor == .start)
        let next = h.handle(.applied)
        #expect(
            next
                == .fetch(
                    after: DownloadCursor(epoch: "e1", sequence: 2), limit: 2,
                    deadline: h.now.advanced(byMilliseconds: 1_000)))
        #expect(h.machine.cursor.sequence == 2)
        let last = try log(3).page(after: 2, epoch: "e1", limit: 2).get()
        _ = h.handle(.feedReceived(last))
        let poll = h.handle(.applied)
        #expect(poll == .wakeAt(h.now.advanced(byMilliseconds: 60_000)))
        #expect(h.machine.cursor.sequence == 3)
        let early = h.handle(.tick)
        #expect(early == .wakeAt(h.now.advanced(byMilliseconds: 60_000)))
    }

    @Test func aCorruptPageIsNotAppliedAndIsFetchedAgainLater() throws {
        var h = harness()
        _ = h.handle(.tick)
        var page = try log(2).page(after: 0, epoch: "", limit: 2).get()
        page.changes[1].payload = .string("tampered")
        guard case .wakeAt(let until) = h.handle(.feedReceived(page)) else {
            Issue.record("expected a backoff")
            return
        }
        #expect(h.machine.status.lastError?.code == "feed.invalid")
        #expect(h.machine.cursor == .start)
        h.now = until
        guard case .fetch(let after, _, _) = h.handle(.tick) else {
            Issue.record("expected a refetch")
            return
        }
        #expect(after == .start)
    }

    @Test func cursorInvalidRereadsFromZeroInTheNewEpochAndReplacesTheLocalCopy() throws {
        var h = harness(cursor: DownloadCursor(epoch: "old", sequence: 40))
        _ = h.handle(.tick)
        let restart = h.handle(.errorReceived(SyncError(.cursorInvalid, "gone", hubEpoch: "e2")))
        #expect(
            restart
                == .fetch(
                    after: DownloadCursor(epoch: "e2", sequence: 0), limit: 2,
                    deadline: h.now.advanced(byMilliseconds: 1_000)))
        #expect(h.machine.status.phase == .resyncing)
        let full = log(3, epoch: "e2")
        let apply = h.handle(.feedReceived(try full.page(after: 0, epoch: "e2", limit: 2).get()))
        guard case .apply(_, let cursor, let replaceAll) = apply else {
            Issue.record("expected an apply")
            return
        }
        #expect(replaceAll)
        #expect(cursor == DownloadCursor(epoch: "e2", sequence: 2))
        _ = h.handle(.applied)
        let second = h.handle(.feedReceived(try full.page(after: 2, epoch: "e2", limit: 2).get()))
        guard case .apply(_, _, let replaceAgain) = second else {
            Issue.record("expected an apply")
            return
        }
        #expect(!replaceAgain)
    }

    @Test func aFeedFromAnotherEpochStartsAResync() throws {
        var h = harness(cursor: DownloadCursor(epoch: "e1", sequence: 1))
        _ = h.handle(.tick)
        let other = try log(3, epoch: "e9").page(after: 1, epoch: "e9", limit: 2).get()
        let action = h.handle(.feedReceived(other))
        #expect(
            action
                == .fetch(
                    after: DownloadCursor(epoch: "e9", sequence: 0), limit: 2,
                    deadline: h.now.advanced(byMilliseconds: 1_000)))
    }

    @Test func aTimeoutBacksOffAndNeverAdvances() {
        var h = harness()
        _ = h.handle(.tick)
        h.now = h.now.advanced(byMilliseconds: 1_000)
        guard case .wakeAt = h.handle(.tick) else {
            Issue.record("expected a backoff")
            return
        }
        #expect(h.machine.status.lastError?.code == "transport.timeout")
        #expect(h.machine.cursor == .start)
    }

    func releaseFeed(_ versions: [Int], after: Int64 = 0, hashOK: Bool = true) throws -> ChangeFeed {
        var changes: [Change] = []
        for (offset, version) in versions.enumerated() {
            var release = try CatalogueRelease(
                version: version, publishedOn: "2025-03-01",
                indicators: [
                    IndicatorDefinition(
                        id: "vantande-over-90", version: version, name: "Väntande över 90 dagar", unit: "patienter",
                        personBased: true)
                ])
            if !hashOK { release.hash = String(repeating: "0", count: 64) }
            changes.append(
                Change(
                    sequence: after + Int64(offset) + 1, key: release.naturalKey,
                    payload: try CanonicalJSON.jsonValue(release)))
        }
        return ChangeFeed(
            stream: .definitions, epoch: "e1", after: after, changes: changes,
            nextCursor: changes.last?.sequence ?? after, hasMore: false)
    }

    @Test func aNewCatalogueReleaseWaitsUntilPendingUploadsArePushed() throws {
        var h = harness(.definitions, cursor: DownloadCursor(epoch: "e1", sequence: 1), applied: 1)
        _ = h.handle(.uploadBacklogChanged(12))
        _ = h.handle(.tick)
        let feed = try releaseFeed([2], after: 1)
        let wait = h.handle(.feedReceived(feed))
        #expect(wait == .flushUploads)
        #expect(h.machine.status.phase == .waitingForUploads)
        let stillWaiting = h.handle(.uploadBacklogChanged(3))
        #expect(stillWaiting == .none)
        let apply = h.handle(.uploadBacklogChanged(0))
        #expect(apply == .apply(feed, newCursor: DownloadCursor(epoch: "e1", sequence: 2), replaceAll: false))
        #expect(h.machine.appliedCatalogueVersion == 1)
        _ = h.handle(.applied)
        #expect(h.machine.appliedCatalogueVersion == 2)
    }

    @Test func aMissingReleaseOrABadHashStopsTheDefinitionsStream() throws {
        var gap = harness(.definitions, applied: 1)
        _ = gap.handle(.tick)
        guard case .stop(let error) = gap.handle(.feedReceived(try releaseFeed([1, 3]))) else {
            Issue.record("a gap must stop the stream")
            return
        }
        #expect(error.code == .catalogueVersionMismatch)
        #expect(error.message.contains("2 is missing"))
        var tampered = harness(.definitions)
        _ = tampered.handle(.tick)
        guard case .stop(let hashError) = tampered.handle(.feedReceived(try releaseFeed([1], hashOK: false))) else {
            Issue.record("a bad hash must stop the stream")
            return
        }
        #expect(hashError.message.contains("does not match"))
        let later = tampered.handle(.tick)
        #expect(later == .none)
    }

    @Test func cursorsNeverMoveBackwardsWithinAnEpoch() throws {
        let full = log(25)
        for seed in UInt64(1)...20 {
            var h = harness()
            var random = SeededGenerator(seed: seed)
            var pendingFetch: DownloadCursor?
            for _ in 0..<150 {
                h.now = h.now.advanced(byMilliseconds: Int64.random(in: 0...3_000, using: &random))
                let before = h.machine.cursor
                let event: DownloadEvent
                if let after = pendingFetch, Bool.random(using: &random) {
                    let page = try full.page(
                        after: after.sequence, epoch: after.epoch, limit: Int.random(in: 1...4, using: &random)
                    ).get()
                    event = .feedReceived(page)
                } else {
                    event = [DownloadEvent.tick, .applied, .transportFailed(.connectionFailed), .syncNow].randomElement(
                        using: &random)!
                }
                let action = h.handle(event)
                if case .fetch(let after, _, _) = action { pendingFetch = after }
                if before.epoch == h.machine.cursor.epoch { #expect(h.machine.cursor.sequence >= before.sequence) }
            }
        }
    }
}
