/// Signs the canonical bytes of a request (``SigningInput/canonicalBytes``) with the region's private key.
/// Production: Ed25519 through swift-crypto in an adapter; tests may use anything deterministic.
public protocol BatchSigner: Sendable {
    /// The id under which the hub has registered the matching public key.
    var keyID: String { get }
    /// The signature over `message` (64 bytes for Ed25519).
    func signature(for message: [UInt8]) throws -> [UInt8]
}

/// Checks request signatures against the public keys the hub has registered per region.
public protocol BatchVerifier: Sendable {
    /// The region a registered, unrevoked key belongs to; nil for an unknown or revoked key.
    func region(forKeyID keyID: String) -> String?
    /// Whether `signature` over `message` verifies with the public key registered as `keyID`.
    func isValidSignature(_ signature: [UInt8], for message: [UInt8], keyID: String) -> Bool
}
