import SyncEngine
import Testing

@Suite struct BackoffPolicyTests {
    @Test func ceilingDoublesFromTheBaseUntilTheCap() {
        let policy = BackoffPolicy(baseMilliseconds: 100, capMilliseconds: 1_000)
        #expect((1...6).map { policy.ceiling(afterFailures: $0) } == [100, 200, 400, 800, 1_000, 1_000])
        #expect(policy.ceiling(afterFailures: 10_000) == 1_000)
    }

    @Test func delaysStayWithinZeroAndTheCeilingAndUseTheWholeRange() {
        let policy = BackoffPolicy(baseMilliseconds: 100, capMilliseconds: 5_000)
        var random = SeededGenerator(seed: 7)
        for failures in 1...12 {
            let ceiling = policy.ceiling(afterFailures: failures)
            let delays = (0..<400).map { _ in policy.delay(afterFailures: failures, using: &random) }
            #expect(delays.allSatisfy { (0...ceiling).contains($0) })
            // Full jitter: both the low and the high quarter of the range occur.
            #expect(delays.contains { $0 < ceiling / 4 })
            #expect(delays.contains { $0 > ceiling * 3 / 4 })
        }
    }

    @Test func aHubsRetryAfterIsAFloor() {
        let policy = BackoffPolicy(baseMilliseconds: 100, capMilliseconds: 1_000)
        var random = SeededGenerator(seed: 1)
        for _ in 0..<100 {
            #expect(policy.delay(afterFailures: 1, minimumMilliseconds: 30_000, using: &random) == 30_000)
        }
    }

    @Test func degenerateSettingsAreRaisedToSaneOnes() {
        let policy = BackoffPolicy(baseMilliseconds: 0, capMilliseconds: -5)
        #expect(policy.baseMilliseconds == 1)
        #expect(policy.capMilliseconds == 1)
    }
}
