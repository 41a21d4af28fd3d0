import SyncEngine
import Testing
import WireProtocol

@Suite struct BatchBuilderTests {
    @Test func takesItemsAfterTheCursorInSequenceOrderUpToTheItemLimit() {
        var random = SeededGenerator(seed: 3)
        let plan = BatchBuilder.plan(
            stream: .indicators, after: 3, resync: false, catalogue: nil,
            candidates: Sample.items(1...10).shuffled(using: &random), limits: BatchLimits(maxItems: 4),
            batchID: "b")
        #expect(plan.batch?.items.map(\.sequence) == [4, 5, 6, 7])
        #expect(plan.batch?.after == 3)
        #expect(plan.oversized.isEmpty)
    }

    @Test func stopsBeforeTheByteLimitIsPassed() {
        let size = Sample.item(1).encodedSize
        let plan = BatchBuilder.plan(
            stream: .indicators, after: 0, resync: false, catalogue: nil, candidates: Sample.items(1...10),
            limits: BatchLimits(maxItems: 100, maxBytes: size * 3 + size / 2), batchID: "b")
        #expect(plan.batch?.items.count == 3)
    }

    @Test func anItemLargerThanTheByteLimitIsSetAsideNotSentForever() {
        let limit = Sample.item(1).encodedSize + 10
        var candidates = Sample.items(1...3)
        candidates[0].payload = .object(["text": .string(String(repeating: "x", count: 500))])
        let plan = BatchBuilder.plan(
            stream: .indicators, after: 0, resync: false, catalogue: nil, candidates: candidates,
            limits: BatchLimits(maxItems: 10, maxBytes: limit), batchID: "b")
        #expect(plan.oversized.map(\.sequence) == [1])
        #expect(plan.oversized.first?.reason == .tooLarge)
        #expect(plan.batch?.items.map(\.sequence) == [2])
    }

    @Test func nothingPendingMeansNoBatch() {
        let plan = BatchBuilder.plan(
            stream: .indicators, after: 10, resync: false, catalogue: nil, candidates: Sample.items(1...10),
            limits: BatchLimits(), batchID: "b")
        #expect(plan.batch == nil)
    }
}
