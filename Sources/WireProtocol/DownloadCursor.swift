/// A node's position in a hub change feed: the hub's feed epoch and the last change sequence the node has
/// durably applied. Within one epoch the sequence never decreases; a hub that loses or compacts its change log
/// starts a new epoch, which sends every node through a resync.
public struct DownloadCursor: Codable, Hashable, Sendable {
    /// The hub's change-log epoch; empty before the first download.
    public var epoch: String
    /// The last applied change sequence (0 = nothing applied).
    public var sequence: Int64

    /// Creates a cursor.
    public init(epoch: String, sequence: Int64) {
        self.epoch = epoch
        self.sequence = sequence
    }

    /// The cursor of a node that has applied nothing.
    public static let start = DownloadCursor(epoch: "", sequence: 0)
}
