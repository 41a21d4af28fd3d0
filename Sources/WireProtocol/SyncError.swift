/// The JSON error body of every non-200 sync answer: `{"error":"sync.cursor_invalid","message":"…",…}` (the
/// same `error`/`message` shape as the rest of the API, plus fields some codes need).
public struct SyncError: Error, Codable, Hashable, Sendable {
    /// The stable code.
    public var code: SyncErrorCode
    /// A sentence for the operator: the value, the place, the fix. Never secrets or patient data.
    public var message: String
    /// The stream concerned.
    public var stream: SyncStream?
    /// `cursor_invalid` on an up stream: what the hub has acknowledged for this region and stream.
    public var hubCursor: Int64?
    /// `cursor_invalid` on a down stream: the hub's current change-log epoch.
    public var hubEpoch: String?
    /// `catalogue_version_mismatch`: the catalogue releases the hub accepts.
    public var acceptedCatalogueVersions: [Int]?
    /// `rate_limited` / `unavailable`: the least time to wait before retrying.
    public var retryAfterSeconds: Int?
    /// `batch_too_large`: the hub's item limit per batch.
    public var maxItems: Int?

    enum CodingKeys: String, CodingKey {
        case code = "error"
        case message, stream, hubCursor, hubEpoch, acceptedCatalogueVersions, retryAfterSeconds, maxItems
    }

    /// Creates an error body.
    public init(
        _ code: SyncErrorCode, _ message: String, stream: SyncStream? = nil, hubCursor: Int64? = nil,
        hubEpoch: String? = nil, acceptedCatalogueVersions: [Int]? = nil, retryAfterSeconds: Int? = nil,
        maxItems: Int? = nil
    ) {
        self.code = code
        self.message = message
        self.stream = stream
        self.hubCursor = hubCursor
        self.hubEpoch = hubEpoch
        self.acceptedCatalogueVersions = acceptedCatalogueVersions
        self.retryAfterSeconds = retryAfterSeconds
        self.maxItems = maxItems
    }

    /// The HTTP status of this error.
    public var httpStatus: Int { code.httpStatus }
}
