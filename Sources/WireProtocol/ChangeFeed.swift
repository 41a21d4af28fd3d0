/// The body of `GET /api/v1/sync/{stream}/changes?epoch=…&after=…&limit=…`: changes after the node's cursor,
/// in sequence order, at most `limit` of them.
public struct ChangeFeed: Codable, Hashable, Sendable {
    /// Protocol version of the envelope.
    public var protocolVersion: Int
    /// The stream.
    public var stream: SyncStream
    /// The hub's change-log epoch.
    public var epoch: String
    /// The `after` the node asked for (0 and a new epoch for a resync).
    public var after: Int64
    /// The changes, sequence strictly increasing, every sequence > `after`.
    public var changes: [Change]
    /// The cursor the node holds after applying this page: the last change's sequence, or `after` if empty.
    public var nextCursor: Int64
    /// True when more changes follow; the node asks again at once with `after = nextCursor`.
    public var hasMore: Bool

    /// Creates a feed page.
    public init(
        protocolVersion: Int = WireProtocolVersion.current, stream: SyncStream, epoch: String, after: Int64,
        changes: [Change], nextCursor: Int64, hasMore: Bool
    ) {
        self.protocolVersion = protocolVersion
        self.stream = stream
        self.epoch = epoch
        self.after = after
        self.changes = changes
        self.nextCursor = nextCursor
        self.hasMore = hasMore
    }
}
