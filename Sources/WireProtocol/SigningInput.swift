/// What a sync request signature covers, and its canonical byte form:
///
///     BALANS-SYNC-1\n<METHOD>\n<path with query>\n<batch id or empty>\n<sha256 hex of body>\n<unix seconds>
///
/// UTF-8, `\n` separators, no trailing newline. The body is covered through its digest, so the hub can reject a
/// truncated body before parsing it.
public struct SigningInput: Hashable, Sendable {
    /// The domain-separation prefix (changes with an incompatible signing scheme).
    public static let scheme = "BALANS-SYNC-1"

    /// HTTP method in upper case (`POST`, `GET`).
    public var method: String
    /// Request path including the query string, exactly as sent.
    public var path: String
    /// The batch id for a push; empty for a pull.
    public var batchID: String
    /// SHA-256 (lower-case hex) of the exact body bytes (of the empty body for a `GET`).
    public var bodySHA256: String
    /// The signer's clock, seconds since 1970-01-01T00:00:00Z.
    public var timestamp: Int64

    /// Creates a signing input.
    public init(method: String, path: String, batchID: String, bodySHA256: String, timestamp: Int64) {
        self.method = method.uppercased()
        self.path = path
        self.batchID = batchID
        self.bodySHA256 = bodySHA256
        self.timestamp = timestamp
    }

    /// The bytes that are signed and verified.
    public var canonicalBytes: [UInt8] {
        Array([Self.scheme, method, path, batchID, bodySHA256, String(timestamp)].joined(separator: "\n").utf8)
    }
}
