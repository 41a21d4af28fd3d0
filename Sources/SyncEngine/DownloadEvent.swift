public import WireProtocol

/// Everything that can happen to a down stream. The driver reports each with the current time.
public enum DownloadEvent: Hashable, Sendable {
    /// A timer fired: poll when due, retry after a backoff, time out an overdue request.
    case tick
    /// An operator asked for a round now.
    case syncNow
    /// The hub answered 200 with a feed page (already decoded).
    case feedReceived(ChangeFeed)
    /// The hub answered with a ``WireProtocol/SyncError`` body.
    case errorReceived(SyncError)
    /// The request produced no usable answer.
    case transportFailed(TransportFailure)
    /// ``DownloadAction/apply(_:newCursor:replaceAll:)`` committed.
    case applied
    /// A local store operation failed.
    case storeFailed(String)
    /// How many items wait in the node's up-stream outboxes (gates a new catalogue release).
    case uploadBacklogChanged(Int)
    /// An operator resolved the cause of a stop.
    case resume
}

/// What the driver must do next.
public enum DownloadAction: Hashable, Sendable {
    /// Nothing to do.
    case none
    /// GET the changes after `after` (see ``WireProtocol/SyncEndpoint/changes(_:after:limit:)``); report a feed,
    /// an error or a transport failure, or a timeout after `deadline`.
    case fetch(after: DownloadCursor, limit: Int, deadline: SyncInstant)
    /// In ONE transaction: if `replaceAll`, delete the stream's local rows (resync); upsert or delete each
    /// change; store `newCursor`. Then report ``DownloadEvent/applied``.
    case apply(ChangeFeed, newCursor: DownloadCursor, replaceAll: Bool)
    /// Push every pending up-stream item before a new catalogue release is applied; report
    /// ``DownloadEvent/uploadBacklogChanged(_:)`` as the backlog shrinks.
    case flushUploads
    /// Send ``DownloadEvent/tick`` at this time.
    case wakeAt(SyncInstant)
    /// The stream stopped; show the error. Nothing is fetched until ``DownloadEvent/resume``.
    case stop(SyncError)
}

/// Settings of a down stream.
public struct DownloadConfiguration: Hashable, Sendable {
    /// Most changes per page.
    public var pageLimit: Int
    /// Time between polls when the feed is drained, in milliseconds.
    public var pollIntervalMilliseconds: Int64
    /// Retry delays.
    public var backoff: BackoffPolicy
    /// Request timeout in milliseconds.
    public var requestTimeoutMilliseconds: Int64

    /// Creates a configuration.
    public init(
        pageLimit: Int = 500, pollIntervalMilliseconds: Int64 = 300_000, backoff: BackoffPolicy = BackoffPolicy(),
        requestTimeoutMilliseconds: Int64 = 30_000
    ) {
        self.pageLimit = max(1, pageLimit)
        self.pollIntervalMilliseconds = max(1, pollIntervalMilliseconds)
        self.backoff = backoff
        self.requestTimeoutMilliseconds = max(1, requestTimeoutMilliseconds)
    }
}
