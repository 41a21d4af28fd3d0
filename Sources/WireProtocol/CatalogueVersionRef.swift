/// Which release of the shared indicator catalogue a batch was computed under: version and content hash.
public struct CatalogueVersionRef: Codable, Hashable, Sendable {
    /// The release number; releases are applied in increasing order.
    public var version: Int
    /// SHA-256 (hex) of the canonical JSON of the release's indicator list.
    public var hash: String

    /// Creates a reference.
    public init(version: Int, hash: String) {
        self.version = version
        self.hash = hash
    }
}
