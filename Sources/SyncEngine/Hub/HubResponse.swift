/// An HTTP answer of the sync API: status and canonical JSON body.
public struct HubResponse: Hashable, Sendable {
    /// HTTP status.
    public var status: Int
    /// Canonical JSON body (a receipt, a feed, or a ``WireProtocol/SyncError``).
    public var body: [UInt8]
    /// True when the store changed and must be committed before the answer is sent.
    public var mustCommit: Bool

    /// Creates a response.
    public init(status: Int, body: [UInt8], mustCommit: Bool = false) {
        self.status = status
        self.body = body
        self.mustCommit = mustCommit
    }
}
