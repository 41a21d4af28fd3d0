/// Payload of the `learning-examples` stream: one submitted revision of a region's learning example ("lärande
/// exempel"). Each revision is its own key, so the agency's review sees the history; revision 1 creates the example
/// at the hub, revision N + 1 resubmits it (after changes were asked for, or to revise a published example).
///
/// The fields are the hub's review workflow's content (`LearningExampleContent`): codes for theme and level,
/// Swedish texts. Attachments do not travel on this stream.
public struct LearningExampleSubmission: Codable, Hashable, Sendable {
    /// The authoring region.
    public var regionCode: String
    /// The example's id within the region (the hub's id is `<region>-<exampleID>`).
    public var exampleID: String
    /// Revision number, 1 for the first submission.
    public var revision: Int
    /// The network's theme, a `LearningTheme` code (`realisticPlanning`, `capacityDefinition`, …).
    public var theme: String
    /// The planning level, a `PlanningLevel` code (`strategic`, `tactical`, `operational`).
    public var level: String
    /// Title (Swedish).
    public var title: String
    /// The problem the region faced (Swedish).
    public var problem: String
    /// What the region did (Swedish).
    public var whatWasDone: String
    /// What happened (Swedish).
    public var results: String
    /// Whom to contact, as a role, never a person's name.
    public var contactRole: String

    /// Creates a submission.
    public init(
        regionCode: String, exampleID: String, revision: Int, theme: String, level: String, title: String,
        problem: String, whatWasDone: String, results: String, contactRole: String
    ) {
        self.regionCode = regionCode
        self.exampleID = exampleID
        self.revision = revision
        self.theme = theme
        self.level = level
        self.title = title
        self.problem = problem
        self.whatWasDone = whatWasDone
        self.results = results
        self.contactRole = contactRole
    }

    /// `region/learning-example/example/r<revision>`.
    public var naturalKey: NaturalKey {
        NaturalKey(owner: regionCode, kind: "learning-example", parts: [exampleID, "r\(revision)"])
    }

    /// The hub's id of the example: the region code and the node's id, so a region can only ever address its own.
    public var hubExampleID: String { "\(regionCode)-\(exampleID)" }
}
