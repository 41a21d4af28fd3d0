/// The hub's answer to a batch (HTTP 200): one ``ItemReceipt`` per item, and whether all of it is durably
/// committed. The node advances its cursor only on a committed receipt that accounts for every item it sent.
public struct BatchReceipt: Codable, Hashable, Sendable {
    /// Protocol version of the envelope.
    public var protocolVersion: Int
    /// The batch this answers.
    public var batchID: String
    /// The batch's stream.
    public var stream: SyncStream
    /// True when the hub committed every item's outcome durably before answering.
    public var committed: Bool
    /// The highest sequence of this region and stream the hub has acknowledged (after this batch).
    public var acknowledgedThrough: Int64
    /// One receipt per item, in the batch's order.
    public var items: [ItemReceipt]

    /// Creates a receipt.
    public init(
        protocolVersion: Int = WireProtocolVersion.current, batchID: String, stream: SyncStream, committed: Bool,
        acknowledgedThrough: Int64, items: [ItemReceipt]
    ) {
        self.protocolVersion = protocolVersion
        self.batchID = batchID
        self.stream = stream
        self.committed = committed
        self.acknowledgedThrough = acknowledgedThrough
        self.items = items
    }

    /// How many items had each outcome.
    public var counts: [ItemOutcome: Int] {
        items.reduce(into: [:]) { $0[$1.outcome, default: 0] += 1 }
    }
}
