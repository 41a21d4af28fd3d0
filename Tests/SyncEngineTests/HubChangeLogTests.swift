import SyncEngine
import Testing
import WireProtocol

@Suite struct HubChangeLogTests {
    func key(_ name: String) -> NaturalKey { NaturalKey(owner: "hub", kind: "national-comparison", parts: [name]) }

    @Test func pagesFollowTheCursorAndSayWhetherMoreFollows() throws {
        var log = HubChangeLog(stream: .nationalComparisons, epoch: "e1")
        for name in ["a", "b", "c"] { log.record(key(name), payload: .string(name)) }
        let first = try log.page(after: 0, epoch: "", limit: 2).get()
        #expect(first.changes.map(\.sequence) == [1, 2] && first.hasMore && first.nextCursor == 2)
        let second = try log.page(after: 2, epoch: "e1", limit: 2).get()
        #expect(second.changes.map(\.sequence) == [3] && !second.hasMore)
        let empty = try log.page(after: 3, epoch: "e1", limit: 2).get()
        #expect(empty.changes.isEmpty && empty.nextCursor == 3)
    }

    @Test func anUnchangedStateIsNotRecordedAgain() {
        var log = HubChangeLog(stream: .nationalComparisons, epoch: "e1")
        #expect(log.record(key("a"), payload: .number(1)) == 1)
        #expect(log.record(key("a"), payload: .number(1)) == nil)
        #expect(log.record(key("a"), payload: nil) == 2)
        #expect(log.current.isEmpty)
    }

    @Test func cursorsAheadOfTheHeadFromAnotherEpochOrBelowTheHorizonAreInvalid() {
        var log = HubChangeLog(stream: .nationalComparisons, epoch: "e1")
        for value in 1...4 { log.record(key("a"), payload: .number(Double(value))) }
        log.record(key("b"), payload: .number(0))
        #expect(code(log.page(after: 9, epoch: "e1", limit: 5)) == .cursorInvalid)
        #expect(code(log.page(after: 2, epoch: "e0", limit: 5)) == .cursorInvalid)
        log.compact()
        #expect(log.horizon == 3)
        #expect(code(log.page(after: 1, epoch: "e1", limit: 5)) == .cursorInvalid)
        #expect((try? log.page(after: 3, epoch: "e1", limit: 5).get())?.changes.map(\.sequence) == [4, 5])
        #expect((try? log.page(after: 0, epoch: "e1", limit: 5).get())?.changes.map(\.sequence) == [4, 5])
        log.startEpoch("e2")
        if case .failure(let error) = log.page(after: 5, epoch: "e1", limit: 5) {
            #expect(error.hubEpoch == "e2")
        } else {
            Issue.record("a new epoch must invalidate old cursors")
        }
    }

    private func code(_ result: Result<ChangeFeed, SyncError>) -> SyncErrorCode? {
        if case .failure(let error) = result { return error.code }
        return nil
    }
}
