public import WireProtocol

/// What a stream is doing now, for status pages, the API and metrics.
public enum StreamPhase: String, Hashable, Sendable, Codable {
    /// Nothing to do until the next tick.
    case idle
    /// Reading the outbox, sending, fetching or committing.
    case working
    /// Waiting before a retry.
    case backingOff
    /// Re-sending or re-reading everything after "cursor invalid".
    case resyncing
    /// Waiting for the up streams to drain before a new catalogue release is applied.
    case waitingForUploads
    /// Stopped on an error an operator must resolve (see `lastError`).
    case stopped
}

/// The last error a stream met.
public struct StreamError: Hashable, Sendable, Codable {
    /// A ``WireProtocol/SyncErrorCode`` raw value, or `transport.<kind>` / `receipt.<problem>` / `feed.<problem>`.
    public var code: String
    /// The sentence to show.
    public var message: String
    /// When it happened.
    public var at: SyncInstant

    /// Creates an error record.
    public init(code: String, message: String, at: SyncInstant) {
        self.code = code
        self.message = message
        self.at = at
    }
}

/// Per-stream status: last success, queue length, oldest unsent item, last error.
public struct StreamStatus: Hashable, Sendable, Codable {
    /// The stream.
    public var stream: SyncStream
    /// What it is doing.
    public var phase: StreamPhase
    /// When a batch was last acknowledged (up) or a feed page last applied (down).
    public var lastSuccess: SyncInstant?
    /// Items waiting in the outbox (up; 0 for down streams).
    public var queueLength: Int
    /// When the oldest waiting item was written (up).
    public var oldestUnsent: SyncInstant?
    /// The last error, kept after later successes so an operator can see what happened.
    public var lastError: StreamError?
    /// Failures since the last success.
    public var consecutiveFailures: Int
    /// When the next retry is due while backing off.
    public var nextRetryAt: SyncInstant?
    /// Items the hub (or the node itself) rejected since start.
    public var rejectedItems: Int

    /// A fresh status.
    public init(stream: SyncStream) {
        self.stream = stream
        phase = .idle
        queueLength = 0
        consecutiveFailures = 0
        rejectedItems = 0
    }
}
