/// Settings of an up stream.
public struct UploadConfiguration: Hashable, Sendable {
    /// Batch bounds.
    public var limits: BatchLimits
    /// Retry delays.
    public var backoff: BackoffPolicy
    /// How long a request may take before it counts as a timeout, in milliseconds.
    public var requestTimeoutMilliseconds: Int64

    /// Creates a configuration.
    public init(
        limits: BatchLimits = BatchLimits(), backoff: BackoffPolicy = BackoffPolicy(),
        requestTimeoutMilliseconds: Int64 = 30_000
    ) {
        self.limits = limits
        self.backoff = backoff
        self.requestTimeoutMilliseconds = max(1, requestTimeoutMilliseconds)
    }
}
