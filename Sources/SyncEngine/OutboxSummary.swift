/// What the node's outbox holds for one stream (the driver reads it from the store after each write).
public struct OutboxSummary: Hashable, Sendable {
    /// Items waiting to be acknowledged.
    public var pendingCount: Int
    /// When the oldest waiting item was written; nil when none wait.
    public var oldestEnqueuedAt: SyncInstant?

    /// Creates a summary.
    public init(pendingCount: Int, oldestEnqueuedAt: SyncInstant?) {
        self.pendingCount = pendingCount
        self.oldestEnqueuedAt = oldestEnqueuedAt
    }

    /// An empty outbox.
    public static let empty = OutboxSummary(pendingCount: 0, oldestEnqueuedAt: nil)
}
