/// Payload of the `definitions` stream: one release of the indicator catalogue (key `hub/catalogue/<version>`).
/// Releases are applied in version order; `hash` lets every node prove it counts with the same definitions.
public struct CatalogueRelease: Codable, Hashable, Sendable {
    /// Release number.
    public var version: Int
    /// SHA-256 (hex) of the canonical JSON of `indicators`.
    public var hash: String
    /// Publication date (`2025-03-01`).
    public var publishedOn: String
    /// The indicators of this release.
    public var indicators: [IndicatorDefinition]

    /// Creates a release and computes its hash.
    public init(version: Int, publishedOn: String, indicators: [IndicatorDefinition]) throws {
        self.version = version
        self.publishedOn = publishedOn
        self.indicators = indicators
        self.hash = try Self.hash(of: indicators)
    }

    /// The hash a release with these indicators must carry.
    public static func hash(of indicators: [IndicatorDefinition]) throws -> String {
        CanonicalJSON.sha256Hex(of: try CanonicalJSON.jsonValue(indicators))
    }

    /// Whether `hash` matches `indicators`.
    public var isHashValid: Bool { (try? Self.hash(of: indicators)) == hash }

    /// The reference batches carry.
    public var reference: CatalogueVersionRef { CatalogueVersionRef(version: version, hash: hash) }

    /// `hub/catalogue/<version>`.
    public var naturalKey: NaturalKey { NaturalKey(owner: "hub", kind: "catalogue", parts: [String(version)]) }
}
