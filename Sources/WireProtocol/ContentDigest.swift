internal import Crypto

/// SHA-256 of public content as lower-case hex, through swift-crypto (BoringSSL's optimised implementation).
///
/// For hot paths that hash many small texts, such as the hub's content hash of every ingested indicator value:
/// there the standard library-only `PlanningDomain.SHA256` cost about a twelfth of the whole ingestion. The
/// digest is the same; only the speed differs.
public enum ContentDigest {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The SHA-256 digest of `bytes` as 64 lower-case hex digits.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        Crypto.SHA256.hash(data: bytes).withUnsafeBytes { digest in
            String(unsafeUninitializedCapacity: digest.count * 2) { output in
                for (offset, byte) in digest.enumerated() {
                    output[2 * offset] = digits[Int(byte >> 4)]
                    output[2 * offset + 1] = digits[Int(byte & 0x0F)]
                }
                return digest.count * 2
            }
        }
    }
}
