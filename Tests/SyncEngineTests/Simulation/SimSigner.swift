import WireProtocol

/// A deterministic stand-in for Ed25519: a keyed FNV-1a digest (cheap, so the simulation spends its time on the
/// protocol). Test only; it proves nothing about cryptography, only that the hub checks what was signed.
struct SimSigner: BatchSigner {
    let keyID: String
    func signature(for message: [UInt8]) throws -> [UInt8] { SimSigner.sign(keyID: keyID, message) }
    static func sign(keyID: String, _ message: [UInt8]) -> [UInt8] {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array("secret-of-\(keyID)".utf8) + message {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return (0..<8).map { UInt8(truncatingIfNeeded: hash >> (8 * UInt64($0))) }
    }
}

/// Verifies ``SimSigner`` signatures; key `key-<region>` belongs to `<region>`.
struct SimVerifier: BatchVerifier {
    let regions: Set<String>
    func region(forKeyID keyID: String) -> String? {
        let region = String(keyID.dropFirst(4))
        return keyID.hasPrefix("key-") && regions.contains(region) ? region : nil
    }
    func isValidSignature(_ signature: [UInt8], for message: [UInt8], keyID: String) -> Bool {
        SimSigner.sign(keyID: keyID, message) == signature
    }
}
