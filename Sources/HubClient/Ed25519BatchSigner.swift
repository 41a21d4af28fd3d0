public import Credentials
public import WireProtocol

/// Signs sync requests with the node's Ed25519 key (``Credentials/SigningKey``); the key id is the key's
/// fingerprint, which the hub matches against the public key registered with the node's credential.
public struct Ed25519BatchSigner: BatchSigner {
    /// The key.
    public let key: SigningKey

    /// Creates a signer for `key`.
    public init(key: SigningKey) {
        self.key = key
    }

    /// Reads the key file at `path`, creating a new key (0600) on first use.
    public init(keyFile path: String) throws(SigningKeyError) {
        key = try SigningKey.loadOrCreate(at: path).key
    }

    /// `ed25519:<fingerprint>`.
    public var keyID: String { key.keyID }

    /// The Ed25519 signature over `message`.
    public func signature(for message: [UInt8]) throws -> [UInt8] { try key.signature(for: message) }
}
