/// A request that produced no usable answer. None of these is ever success: the batch is retried.
public enum TransportFailure: Hashable, Sendable {
    /// No answer before the deadline (the hub may or may not have committed; the retry is idempotent).
    case timeout
    /// Could not connect, or the connection broke.
    case connectionFailed
    /// An answer arrived but could not be read (cut off, not JSON, not the expected type).
    case unreadableResponse
    /// An HTTP status without a readable ``WireProtocol/SyncError`` body (a proxy's 502, 504, …).
    case httpStatus(Int)

    /// A stable code for status and metrics (`transport.timeout`, …).
    public var code: String {
        switch self {
        case .timeout: "transport.timeout"
        case .connectionFailed: "transport.connection_failed"
        case .unreadableResponse: "transport.unreadable_response"
        case .httpStatus: "transport.http_status"
        }
    }

    /// A short text for status and logs.
    public var text: String {
        switch self {
        case .timeout: "timeout"
        case .connectionFailed: "connection failed"
        case .unreadableResponse: "unreadable response"
        case .httpStatus(let status): "HTTP \(status) without a sync error body"
        }
    }
}
