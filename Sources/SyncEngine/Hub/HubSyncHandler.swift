public import WireProtocol

/// The hub's sync endpoints as pure functions from request to response, so an HTTP adapter only moves bytes:
/// parse the stream, read and verify the signature headers (region from the key, never the payload), decode,
/// ingest or page, encode canonically.
public struct HubSyncHandler: Sendable {
    /// Batch ingest rules.
    public var ingest: HubIngest
    /// Registered public keys.
    public var verifier: any BatchVerifier
    /// Allowed difference between the node's and the hub's clocks, in seconds.
    public var skewToleranceSeconds: Int64
    /// Largest page a node may ask for.
    public var maxPageLimit: Int

    /// Creates a handler.
    public init(
        ingest: HubIngest, verifier: any BatchVerifier, skewToleranceSeconds: Int64 = 300, maxPageLimit: Int = 1_000
    ) {
        self.ingest = ingest
        self.verifier = verifier
        self.skewToleranceSeconds = skewToleranceSeconds
        self.maxPageLimit = maxPageLimit
    }

    /// `POST /api/v1/sync/{stream}/batches`. Commit `store` before sending when `mustCommit` is true; on any
    /// failure to commit, answer 500 instead (never the receipt).
    public func push(
        streamSegment: String, path: String, headers: [String: String], body: [UInt8], nowSeconds: Int64,
        store: inout some HubIngestStore
    ) -> HubResponse {
        guard let stream = SyncStream(rawValue: streamSegment) else { return Self.unknownStream(streamSegment) }
        let region: String
        let signed: SignedRequestHeaders
        switch authenticate(method: "POST", path: path, headers: headers, body: body, nowSeconds: nowSeconds) {
        case .failure(let error): return Self.response(error)
        case .success(let result): (region, signed) = result
        }
        guard let batch = try? CanonicalJSON.decode(UploadBatch.self, from: body) else {
            return Self.response(
                SyncError(.malformedRequest, "The body is not an upload batch (protocol version 1).", stream: stream))
        }
        guard batch.batchID == signed.batchID else {
            return Self.response(
                SyncError(
                    .malformedRequest,
                    "The signed batch id \(signed.batchID) differs from the body's \(batch.batchID).", stream: stream))
        }
        switch ingest.ingest(batch, bodySHA256: signed.contentSHA256, region: region, pathStream: stream, into: &store)
        {
        case .failure(let error): return Self.response(error)
        case .receipt(let receipt, let replayed):
            return HubResponse(status: 200, body: Self.encode(receipt), mustCommit: !replayed)
        }
    }

    /// `GET /api/v1/sync/{stream}/changes?after=…&epoch=…&limit=…` against the stream's change log.
    public func changes(
        streamSegment: String, path: String, headers: [String: String], query: [String: String], nowSeconds: Int64,
        log: HubChangeLog
    ) -> HubResponse {
        guard let stream = SyncStream(rawValue: streamSegment), stream.direction == .down, stream == log.stream else {
            return Self.unknownStream(streamSegment)
        }
        if case .failure(let error) = authenticate(
            method: "GET", path: path, headers: headers, body: [], nowSeconds: nowSeconds)
        {
            return Self.response(error)
        }
        guard let after = Int64(query["after"] ?? "0"), after >= 0,
            let limit = Int(query["limit"] ?? "500"), limit >= 1
        else {
            return Self.response(
                SyncError(.malformedRequest, "after must be a whole number ≥ 0 and limit ≥ 1.", stream: stream))
        }
        switch log.page(after: after, epoch: query["epoch"] ?? "", limit: min(limit, maxPageLimit)) {
        case .failure(let error): return Self.response(error)
        case .success(let feed): return HubResponse(status: 200, body: Self.encode(feed))
        }
    }

    private func authenticate(
        method: String, path: String, headers: [String: String], body: [UInt8], nowSeconds: Int64
    ) -> Result<(String, SignedRequestHeaders), SyncError> {
        do {
            let signed = try SignedRequestHeaders(fields: headers)
            return signed.verify(
                method: method, path: path, body: body, now: nowSeconds, skewToleranceSeconds: skewToleranceSeconds,
                verifier: verifier
            ).map { ($0, signed) }
        } catch {
            return .failure(error)
        }
    }

    /// The error's status and canonical body.
    public static func response(_ error: SyncError) -> HubResponse {
        HubResponse(status: error.httpStatus, body: encode(error))
    }

    private static func unknownStream(_ segment: String) -> HubResponse {
        response(SyncError(.unknownStream, "There is no sync stream \"\(segment)\" in this direction."))
    }

    private static func encode(_ value: some Encodable) -> [UInt8] {
        // Receipts, feeds and errors hold only finite numbers and strings: encoding cannot fail.
        (try? CanonicalJSON.encode(value)) ?? Array(#"{"error":"sync.internal","message":"encoding"}"#.utf8)
    }
}
