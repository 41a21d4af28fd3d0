import Testing
import WireProtocol

@Suite struct SyncErrorCodeTests {
    @Test func everyCodeHasAClientOrServerErrorStatus() {
        for code in SyncErrorCode.allCases {
            #expect((400..<600).contains(code.httpStatus), "\(code)")
            #expect(code.rawValue.hasPrefix("sync."))
        }
    }

    @Test func onlyTransientConditionsAreRetried() {
        let retried = Set(SyncErrorCode.allCases.filter { $0.isRetryable })
        #expect(retried == [.bodyDigestMismatch, .clockSkew, .rateLimited, .internalError, .unavailable])
        // Every 5xx is retried: a hub failure must never stop a stream.
        #expect(SyncErrorCode.allCases.filter { $0.httpStatus >= 500 }.allSatisfy { $0.isRetryable })
    }

    @Test func streamsKnowTheirDirectionAndPathSegment() {
        #expect(
            SyncStream.upStreams == [
                .indicators, .selfAssessments, .learningExamples, .exchangeMessages, .deliveryFollowUps,
            ])
        #expect(SyncStream.downStreams.first == .definitions)
        #expect(SyncEndpoint.batches(.learningExamples) == "/api/v1/sync/learning-examples/batches")
        #expect(
            SyncEndpoint.changes(.exchangeState, after: DownloadCursor(epoch: "e1", sequence: 7), limit: 100)
                == "/api/v1/sync/exchange-state/changes?after=7&epoch=e1&limit=100")
    }
}
