/// Payload of the `published-examples` stream: a learning example as the agency published it.
///
/// `summary` and `body` carry the example for any reader; the structured fields (`level`, `problem`,
/// `whatWasDone`, `results`) were added later as optionals, so a payload without them still decodes (canonical
/// JSON omits absent optionals, so older payloads keep their content hash).
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
    /// Planning level the example is about (`strategic`, `tactical`, `operational`), if given.
    public var level: String?
    /// The problem the region had (Swedish), if given separately.
    public var problem: String?
    /// What the region did (Swedish), if given separately.
    public var whatWasDone: String?
    /// What happened (Swedish), if given separately.
    public var results: String?

    /// Creates a published example.
    public init(
        exampleID: String, revision: Int, regionCode: String, theme: String, title: String, summary: String,
        body: String, publishedOn: String, level: String? = nil, problem: String? = nil, whatWasDone: String? = nil,
        results: String? = nil
    ) {
        self.exampleID = exampleID
        self.revision = revision
        self.regionCode = regionCode
        self.theme = theme
        self.title = title
        self.summary = summary
        self.body = body
        self.publishedOn = publishedOn
        self.level = level
        self.problem = problem
        self.whatWasDone = whatWasDone
        self.results = results
    }

    /// `hub/published-example/<id>`.
    public var naturalKey: NaturalKey { NaturalKey(owner: "hub", kind: "published-example", parts: [exampleID]) }
}
