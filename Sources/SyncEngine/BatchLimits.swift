/// Bounds of one upload batch. The hub's limits must be at least these (see `docs/sync-protocol.md` §4).
public struct BatchLimits: Hashable, Sendable {
    /// Most items per batch.
    public var maxItems: Int
    /// Most bytes of item content per batch (see ``WireProtocol/UploadItem/encodedSize``).
    public var maxBytes: Int

    /// Creates limits (each at least 1).
    public init(maxItems: Int = 1_000, maxBytes: Int = 1_000_000) {
        self.maxItems = max(1, maxItems)
        self.maxBytes = max(1, maxBytes)
    }
}
