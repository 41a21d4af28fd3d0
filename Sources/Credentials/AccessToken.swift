import Crypto
public import Foundation

/// A bearer token for a script, a node or a user: random, shown once, stored only as its SHA-256 hash.
///
/// The prefix tells an operator at a glance what a leaked string is ("blns_"), and lets secret scanners find it.
public struct AccessToken: Sendable, Hashable {
    /// The secret, e.g. `blns_3q…`. Never stored, never logged.
    public let secret: String

    /// Wraps a presented secret (e.g. from an `Authorization: Bearer` header).
    public init(secret: String) {
        self.secret = secret
    }

    /// A new random token: 32 bytes from the system's CSPRNG, base64url without padding.
    public static func generate() -> AccessToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return AccessToken(secret: "blns_" + Data(bytes).base64URLEncoded())
    }

    /// The hash that is stored and looked up (lowercase hex SHA-256 of the secret).
    public var hash: String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A short, non-secret label for logs and lists: the first characters of the hash.
    public var fingerprint: String { String(hash.prefix(12)) }
}

extension Data {
    /// Base64url (RFC 4648 §5) without padding.
    public func base64URLEncoded() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
