/// Settings of an up stream.
public struct UploadConfiguration: Hashable, Sendable {
    /// Batch bounds.
    public var limits: BatchLimits
    /// Retry delays.
    public var backoff: BackoffPolicy
    /// How long a request may take before it counts as a timeout, in milliseconds.
    public var requestTimeoutMilliseconds: Int64
    /// How many batches may be in flight at once (at least 1). With more than one, the node sends the next batch
    /// while the hub still works on the previous one; receipts are still committed strictly in order, so the
    /// cursor moves exactly as with one. Only a driver that reports ``UploadEvent/sent`` uses the window.
    public var window: Int

    /// Creates a configuration.
    public init(
        limits: BatchLimits = BatchLimits(), backoff: BackoffPolicy = BackoffPolicy(),
        requestTimeoutMilliseconds: Int64 = 30_000, window: Int = 2
    ) {
        self.limits = limits
        self.backoff = backoff
        self.requestTimeoutMilliseconds = max(1, requestTimeoutMilliseconds)
        self.window = max(1, window)
    }
}
