/// The body of `GET /api/v1/sync/{stream}/cursor` for an up stream: what the hub has acknowledged for the
/// authenticated region (used by a node restored from backup to continue above it).
public struct StreamCursor: Codable, Hashable, Sendable {
    /// Protocol version of the envelope.
    public var protocolVersion: Int
    /// The stream.
    public var stream: SyncStream
    /// The highest outbox sequence the hub has acknowledged for this region and stream.
    public var acknowledgedThrough: Int64

    /// Creates a cursor answer.
    public init(protocolVersion: Int = WireProtocolVersion.current, stream: SyncStream, acknowledgedThrough: Int64) {
        self.protocolVersion = protocolVersion
        self.stream = stream
        self.acknowledgedThrough = acknowledgedThrough
    }
}
