import Crypto
import CryptoExtras
public import Foundation

/// Password hashing with PBKDF2-HMAC-SHA256 (OWASP's recommended 600,000 rounds by default).
///
/// The stored form is self-describing, `pbkdf2-sha256$<rounds>$<salt b64>$<hash b64>`, so the cost can be raised
/// later without invalidating existing hashes.
public struct PasswordHash: Sendable, Hashable {
    /// The stored string.
    public let encoded: String

    /// Wraps a stored hash.
    public init(encoded: String) {
        self.encoded = encoded
    }

    /// The default cost.
    public static let defaultRounds = 600_000

    /// Hashes `password` with a fresh random salt.
    public static func make(password: String, rounds: Int = defaultRounds) throws -> PasswordHash {
        var generator = SystemRandomNumberGenerator()
        let salt = Data((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let key = try derive(password: password, salt: salt, rounds: rounds)
        return PasswordHash(
            encoded: "pbkdf2-sha256$\(rounds)$\(salt.base64EncodedString())$\(key.base64EncodedString())")
    }

    /// Whether `password` matches, compared in constant time. A malformed stored hash never matches.
    public func verify(_ password: String) -> Bool {
        let parts = encoded.split(separator: "$").map(String.init)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]), rounds >= 1,
            let salt = Data(base64Encoded: parts[2]), let expected = Data(base64Encoded: parts[3]),
            let actual = try? Self.derive(password: password, salt: salt, rounds: rounds),
            actual.count == expected.count
        else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(actual, expected) { difference |= left ^ right }
        return difference == 0
    }

    private static func derive(password: String, salt: Data, rounds: Int) throws -> Data {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Data(password.utf8), salt: salt, using: .sha256, outputByteCount: 32,
            unsafeUncheckedRounds: rounds)
        return key.withUnsafeBytes { Data($0) }
    }
}
