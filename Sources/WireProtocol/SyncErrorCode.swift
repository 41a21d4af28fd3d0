/// Stable error codes of the sync API, each with exactly one HTTP status and a retry rule. This is the one
/// place codes meet statuses; the node decides what to do from the code, never from the status alone.
public enum SyncErrorCode: String, Codable, Sendable, CaseIterable {
    /// 400: the body is not a valid envelope (bad JSON, unsorted sequences, wrong stream). Not retried.
    case malformedRequest = "sync.malformed_request"
    /// 400: the body's SHA-256 differs from the signed digest (cut or corrupted on the way). Retried.
    case bodyDigestMismatch = "sync.body_digest_mismatch"
    /// 400: the envelope's `protocolVersion` is not supported by the hub. Stops the stream.
    case unsupportedProtocolVersion = "sync.unsupported_protocol_version"
    /// 404: no such stream, or a push to a down stream / a pull from an up stream. Stops the stream.
    case unknownStream = "sync.unknown_stream"
    /// 401: signature headers missing or the key id is not registered. Stops the stream.
    case unauthenticated = "sync.unauthenticated"
    /// 401: the signature does not verify against the region's registered public key. Stops the stream.
    case badSignature = "sync.bad_signature"
    /// 401: the request timestamp is outside the hub's clock-skew tolerance. Retried (clocks get fixed).
    case clockSkew = "sync.clock_skew"
    /// 403: the credential may not use this stream. Stops the stream.
    case forbidden = "sync.forbidden"
    /// 409: the cursor the node sent is unknown to the hub (hub restored, log compacted). Resync.
    case cursorInvalid = "sync.cursor_invalid"
    /// 409: the batch was computed under a catalogue release the hub does not accept. Stops the stream.
    case catalogueVersionMismatch = "sync.catalogue_version_mismatch"
    /// 409: this batch id was already used with a different body. The node builds a new batch.
    case batchIDReused = "sync.batch_id_reused"
    /// 413: more items or bytes than the hub accepts in one batch. The node splits.
    case batchTooLarge = "sync.batch_too_large"
    /// 429: too many requests. Retried after `retryAfterSeconds`.
    case rateLimited = "sync.rate_limited"
    /// 500: the hub failed; nothing was committed. Retried.
    case internalError = "sync.internal"
    /// 503: the hub is starting, stopping or in maintenance. Retried.
    case unavailable = "sync.unavailable"

    /// The HTTP status that carries this code.
    public var httpStatus: Int {
        switch self {
        case .malformedRequest, .bodyDigestMismatch, .unsupportedProtocolVersion: 400
        case .unauthenticated, .badSignature, .clockSkew: 401
        case .forbidden: 403
        case .unknownStream: 404
        case .cursorInvalid, .catalogueVersionMismatch, .batchIDReused: 409
        case .batchTooLarge: 413
        case .rateLimited: 429
        case .internalError: 500
        case .unavailable: 503
        }
    }

    /// Whether the same request may simply be sent again after a backoff.
    public var isRetryable: Bool {
        switch self {
        case .bodyDigestMismatch, .clockSkew, .rateLimited, .internalError, .unavailable: true
        default: false
        }
    }
}
