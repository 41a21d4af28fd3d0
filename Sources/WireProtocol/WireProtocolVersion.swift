/// The version of the node ⇄ hub sync protocol that this build speaks (see `docs/sync-protocol.md`).
public enum WireProtocolVersion {
    /// The version written into every envelope this build produces.
    public static let current = 1

    /// Versions this build accepts when reading.
    public static let supported: ClosedRange<Int> = 1...1
}
