/// One indicator of the shared catalogue, as the agency defines it.
public struct IndicatorDefinition: Codable, Hashable, Sendable {
    /// Stable id (`vantande-over-90-dagar`).
    public var id: String
    /// Version of this definition; a changed definition gets a new version.
    public var version: Int
    /// Name for planners (Swedish).
    public var name: String
    /// Unit (`patienter`, `procent`, `timmar`).
    public var unit: String
    /// True when the indicator counts persons: then counts 1..k−1 must be suppressed before export.
    public var personBased: Bool
    /// The disclosure threshold k (default 5).
    public var minimumCount: Int

    /// Creates a definition.
    public init(id: String, version: Int, name: String, unit: String, personBased: Bool, minimumCount: Int = 5) {
        self.id = id
        self.version = version
        self.name = name
        self.unit = unit
        self.personBased = personBased
        self.minimumCount = minimumCount
    }
}
