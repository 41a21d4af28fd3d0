/// A small, fast, seeded pseudo-random generator (xoshiro256**, seeded through SplitMix64).
///
/// Synthetic data must be bit-identical for the same seed on every run and every Swift version, so the
/// generator and every sampling routine built on it (``SeededGenerator/uniform()`` and friends) are our own;
/// nothing here uses the system generator or the standard library's `random(in:using:)` algorithms.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator whose whole state is derived from `seed`.
    init(seed: UInt64) {
        var mixer = seed
        s0 = Self.splitMix(&mixer)
        s1 = Self.splitMix(&mixer)
        s2 = Self.splitMix(&mixer)
        s3 = Self.splitMix(&mixer)
    }

    /// An independent stream for one purpose (e.g. one planning object's inflow), so that adding or reordering
    /// other streams never changes this one.
    init(seed: UInt64, stream parts: UInt64...) {
        var state = seed
        for part in parts {
            var mixer = state ^ (part &* 0x9E37_79B9_7F4A_7C15)
            state = Self.splitMix(&mixer)
        }
        self.init(seed: state)
    }

    mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotateLeft(s3, 45)
        return result
    }

    private static func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A stable 64-bit hash of `text` (FNV-1a). Swift's `Hasher` is seeded per process, so it cannot be used
    /// for anything that must reproduce.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
