import Foundation
import PlanningDomain

/// The signature headers of a sync request, and how to make and check them.
public struct SignedRequestHeaders: Hashable, Sendable {
    /// Header names.
    public enum Name {
        /// The registered key id.
        public static let keyID = "Balans-Key-Id"
        /// Unix seconds of the signer's clock.
        public static let timestamp = "Balans-Timestamp"
        /// The batch id (pushes only).
        public static let batchID = "Balans-Batch-Id"
        /// SHA-256 hex of the body.
        public static let contentSHA256 = "Balans-Content-SHA256"
        /// Base64 of the signature over ``SigningInput/canonicalBytes``.
        public static let signature = "Balans-Signature"
    }

    /// The key id.
    public var keyID: String
    /// The signer's clock (unix seconds).
    public var timestamp: Int64
    /// The batch id, empty for a pull.
    public var batchID: String
    /// SHA-256 hex of the body as the signer sent it.
    public var contentSHA256: String
    /// The signature bytes.
    public var signature: [UInt8]

    /// Creates headers.
    public init(keyID: String, timestamp: Int64, batchID: String, contentSHA256: String, signature: [UInt8]) {
        self.keyID = keyID
        self.timestamp = timestamp
        self.batchID = batchID
        self.contentSHA256 = contentSHA256
        self.signature = signature
    }

    /// Signs a request: digests the body, builds the canonical input and asks `signer`.
    public static func sign(
        method: String, path: String, batchID: String, body: [UInt8], timestamp: Int64, signer: some BatchSigner
    ) throws -> SignedRequestHeaders {
        let digest = ContentDigest.sha256Hex(body)
        let input = SigningInput(
            method: method, path: path, batchID: batchID, bodySHA256: digest, timestamp: timestamp)
        return SignedRequestHeaders(
            keyID: signer.keyID, timestamp: timestamp, batchID: batchID, contentSHA256: digest,
            signature: try signer.signature(for: input.canonicalBytes))
    }

    /// The headers as HTTP fields.
    public var fields: [String: String] {
        var fields = [
            Name.keyID: keyID, Name.timestamp: String(timestamp), Name.contentSHA256: contentSHA256,
            Name.signature: Data(signature).base64EncodedString(),
        ]
        if !batchID.isEmpty { fields[Name.batchID] = batchID }
        return fields
    }

    /// Reads the headers from HTTP fields (names case-insensitive); `unauthenticated` when one is missing.
    public init(fields: [String: String]) throws(SyncError) {
        let lowered = Dictionary(
            fields.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        func field(_ name: String) throws(SyncError) -> String {
            guard let value = lowered[name.lowercased()], !value.isEmpty else {
                throw SyncError(.unauthenticated, "The request has no \(name) header; sign every sync request.")
            }
            return value
        }
        guard let timestamp = Int64(try field(Name.timestamp)) else {
            throw SyncError(.unauthenticated, "\(Name.timestamp) must be whole seconds since 1970 (UTC).")
        }
        guard let signature = Data(base64Encoded: try field(Name.signature)) else {
            throw SyncError(.unauthenticated, "\(Name.signature) is not valid base64.")
        }
        self.init(
            keyID: try field(Name.keyID), timestamp: timestamp, batchID: lowered[Name.batchID.lowercased()] ?? "",
            contentSHA256: try field(Name.contentSHA256), signature: Array(signature))
    }

    /// Checks a received request and returns the authenticated region. Order: known key, body digest (a cut
    /// body is a retryable transport fault, not an attack), clock skew, signature.
    public func verify(
        method: String, path: String, body: [UInt8], now: Int64, skewToleranceSeconds: Int64 = 300,
        verifier: some BatchVerifier
    ) -> Result<String, SyncError> {
        guard let region = verifier.region(forKeyID: keyID) else {
            return .failure(
                SyncError(.unauthenticated, "Key id \"\(keyID)\" is not registered (or was revoked) at the hub."))
        }
        let digest = ContentDigest.sha256Hex(body)
        guard digest == contentSHA256 else {
            return .failure(
                SyncError(
                    .bodyDigestMismatch,
                    "The body's SHA-256 is \(digest) but the request says \(contentSHA256); it was cut or changed "
                        + "on the way. Send it again."))
        }
        guard abs(now - timestamp) <= skewToleranceSeconds else {
            return .failure(
                SyncError(
                    .clockSkew,
                    "The request is stamped \(timestamp) but the hub's clock says \(now) (tolerance "
                        + "\(skewToleranceSeconds) s); set the node's clock (NTP) and retry."))
        }
        let input = SigningInput(
            method: method, path: path, batchID: batchID, bodySHA256: contentSHA256, timestamp: timestamp)
        guard verifier.isValidSignature(signature, for: input.canonicalBytes, keyID: keyID) else {
            return .failure(
                SyncError(
                    .badSignature,
                    "The signature does not verify with the public key registered as \"\(keyID)\"; check that the "
                        + "node uses the key registered for region \(region)."))
        }
        return .success(region)
    }
}
