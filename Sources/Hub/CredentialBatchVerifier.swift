import Credentials
public import HubStore
public import WireProtocol

/// Checks a sync request's signature against the Ed25519 public key registered with the caller's credential (the
/// one its Bearer token resolved to). The key id must be the fingerprint of that key
/// (``Credentials/SigningKey/keyID(forPublicKey:)``), so a node signing with another region's key — or with a
/// key it rotated without registering — is refused as unauthenticated. The region is the credential's tenant,
/// never anything the request says.
public struct CredentialBatchVerifier: BatchVerifier {
    /// The authenticated caller.
    public let identity: HubIdentity

    /// Creates a verifier for one request's caller.
    public init(identity: HubIdentity) {
        self.identity = identity
    }

    /// The key id of the credential's registered key, or nil when none is registered.
    public var registeredKeyID: String? { identity.publicKey.flatMap(SigningKey.keyID(forPublicKeyBase64:)) }

    /// The credential's region when `keyID` is its registered key and the credential is a region node's.
    public func region(forKeyID keyID: String) -> String? {
        guard identity.role == .regionNode, identity.tenant.kind == .region, registeredKeyID == keyID else {
            return nil
        }
        return identity.tenant.code
    }

    /// Whether `signature` verifies with the credential's registered key (and `keyID` names it).
    public func isValidSignature(_ signature: [UInt8], for message: [UInt8], keyID: String) -> Bool {
        guard let publicKey = identity.publicKey, registeredKeyID == keyID else { return false }
        return SigningKey.isValidSignature(signature, for: message, publicKeyBase64: publicKey)
    }
}
