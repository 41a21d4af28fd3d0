/// Payload of the `published-examples` stream: a learning example as the agency published it.
public struct PublishedExample: Codable, Hashable, Sendable {
    /// The hub's id of the published example.
    public var exampleID: String
    /// Published revision (a re-publication replaces the key's content).
    public var revision: Int
    /// The authoring region.
    public var regionCode: String
    /// Theme.
    public var theme: String
    /// Title (Swedish).
    public var title: String
    /// Summary (Swedish).
    public var summary: String
    /// Text, Markdown (Swedish).
    public var body: String
    /// Publication date (`2025-03-01`).
    public var publishedOn: String

    /// Creates a published example.
    public init(
        exampleID: String, revision: Int, regionCode: String, theme: String, title: String, summary: String,
        body: String, publishedOn: String
    ) {
        self.exampleID = exampleID
        self.revision = revision
        self.regionCode = regionCode
        self.theme = theme
        self.title = title
        self.summary = summary
        self.body = body
        self.publishedOn = publishedOn
    }

    /// `hub/published-example/<id>`.
    public var naturalKey: NaturalKey { NaturalKey(owner: "hub", kind: "published-example", parts: [exampleID]) }
}
