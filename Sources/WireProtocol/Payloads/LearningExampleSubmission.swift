/// Payload of the `learning-examples` stream: a region's learning example ("lärande exempel"), submitted or
/// revised. Each revision is its own key, so the agency's review sees the history.
public struct LearningExampleSubmission: Codable, Hashable, Sendable {
    /// The authoring region.
    public var regionCode: String
    /// The example's id within the region.
    public var exampleID: String
    /// Revision number, 1 for the first submission.
    public var revision: Int
    /// The network's theme (`produktionsplanering`, `kapacitet`, …).
    public var theme: String
    /// Title (Swedish).
    public var title: String
    /// Short summary (Swedish).
    public var summary: String
    /// The text, Markdown (Swedish).
    public var body: String

    /// Creates a submission.
    public init(
        regionCode: String, exampleID: String, revision: Int, theme: String, title: String, summary: String,
        body: String
    ) {
        self.regionCode = regionCode
        self.exampleID = exampleID
        self.revision = revision
        self.theme = theme
        self.title = title
        self.summary = summary
        self.body = body
    }

    /// `region/learning-example/example/r<revision>`.
    public var naturalKey: NaturalKey {
        NaturalKey(owner: regionCode, kind: "learning-example", parts: [exampleID, "r\(revision)"])
    }
}
