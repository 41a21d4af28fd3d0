import Crypto
public import Foundation

/// A region node's Ed25519 key for signing sync requests (`docs/sync-protocol.md` §8).
///
/// The private key lives in a file of its own (base64 of the 32 raw bytes, owner-only permissions); the hub
/// knows only the public key, registered with the node's credential. The key id a request names is
/// ``keyID``, a fingerprint of the public key, so the hub can tell "signed with another key" from "bad
/// signature" and a rotated key gets a new id.
public struct SigningKey: Sendable {
    private let key: Curve25519.Signing.PrivateKey

    /// A new random key.
    public static func generate() -> SigningKey { SigningKey(key: Curve25519.Signing.PrivateKey()) }

    private init(key: Curve25519.Signing.PrivateKey) { self.key = key }

    /// A key from its 32 raw private bytes.
    public init(rawRepresentation: [UInt8]) throws(SigningKeyError) {
        do {
            key = try Curve25519.Signing.PrivateKey(rawRepresentation: rawRepresentation)
        } catch {
            throw SigningKeyError(
                code: "signing_key.invalid", message: "Signeringsnyckeln ska vara 32 byte Ed25519-privatnyckel.")
        }
    }

    /// Reads the key at `path`, or creates one there (owner read/write only, 0600) when the file does not exist.
    ///
    /// - Returns: the key and whether it was created now.
    public static func loadOrCreate(at path: String) throws(SigningKeyError) -> (key: SigningKey, created: Bool) {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { return (try load(at: path), false) }
        let key = generate()
        let directory = (path as NSString).deletingLastPathComponent
        do {
            if !directory.isEmpty { try manager.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            // Created with 0600 from the start, so the secret is never readable by others, not even briefly.
            let text = Data((Data(key.key.rawRepresentation).base64EncodedString() + "\n").utf8)
            guard manager.createFile(atPath: path, contents: text, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            throw SigningKeyError(
                code: "signing_key.unwritable",
                message: "Kunde inte skapa signeringsnyckeln \(path); kontrollera att katalogen går att skriva i.")
        }
        return (key, true)
    }

    /// Reads the key at `path`; refuses a file others may read.
    public static func load(at path: String) throws(SigningKeyError) -> SigningKey {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let mode = (attributes?[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
            throw SigningKeyError(
                code: "signing_key.permissions",
                message: "Signeringsnyckeln \(path) kan läsas av andra (läge \(String(mode, radix: 8))); kör "
                    + "chmod 600 \(path).")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            throw SigningKeyError(
                code: "signing_key.unreadable",
                message: "Signeringsnyckeln \(path) saknas eller är inte base64; ta bort filen för att skapa en ny "
                    + "nyckel (och registrera den nya publika nyckeln i hubben).")
        }
        return try SigningKey(rawRepresentation: Array(bytes))
    }

    /// The public key, base64 of its 32 raw bytes: what the hub registers with the node's credential.
    public var publicKeyBase64: String { Data(key.publicKey.rawRepresentation).base64EncodedString() }

    /// The key id requests carry: ``SigningKey/keyID(forPublicKey:)`` of this key's public key.
    public var keyID: String { Self.keyID(forPublicKey: Array(key.publicKey.rawRepresentation)) }

    /// Signs `message`.
    public func signature(for message: [UInt8]) throws -> [UInt8] {
        Array(try key.signature(for: message))
    }

    /// `ed25519:` and the first 16 hex digits of the SHA-256 of the raw public key.
    public static func keyID(forPublicKey raw: [UInt8]) -> String {
        "ed25519:" + SHA256.hash(data: raw).prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// The key id of a base64 public key, or nil when it is not one.
    public static func keyID(forPublicKeyBase64 text: String) -> String? {
        guard let raw = Data(base64Encoded: text), raw.count == 32 else { return nil }
        return keyID(forPublicKey: Array(raw))
    }

    /// Whether `signature` over `message` verifies with the base64 raw Ed25519 `publicKey`.
    public static func isValidSignature(_ signature: [UInt8], for message: [UInt8], publicKeyBase64: String) -> Bool {
        guard let raw = Data(base64Encoded: publicKeyBase64),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
        else { return false }
        return key.isValidSignature(signature, for: message)
    }
}

/// Why a signing key could not be read or made.
public struct SigningKeyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable code (`signing_key.…`).
    public var code: String
    /// The file and the fix, in Swedish (operators read it in the terminal).
    public var message: String

    /// The message.
    public var description: String { message }
}
