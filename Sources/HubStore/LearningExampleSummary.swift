public import Foundation
public import PlanningDomain

/// A learning example as listed: who owns it, where it is, and the title and theme a reader sees.
public struct LearningExampleSummary: Sendable, Hashable, Codable {
    /// The example's id.
    public var id: String
    /// The owning region's county code.
    public var ownerCode: String
    /// The owning region's name.
    public var ownerName: String
    /// Where it is in review.
    public var status: LearningExampleStatus
    /// The version commands must quote.
    public var version: Int
    /// The title (the published revision's for readers, the draft's for the owner).
    public var title: String
    /// The theme.
    public var theme: LearningTheme
    /// The planning level.
    public var level: PlanningLevel
    /// The published revision's number, if any.
    public var publishedRevision: Int?
    /// When it last changed.
    public var updatedAt: Date
    /// A short excerpt around the search hit, when listed by a search.
    public var snippet: String?

    /// Creates a value.
    public init(
        id: String, ownerCode: String, ownerName: String, status: LearningExampleStatus, version: Int, title: String,
        theme: LearningTheme, level: PlanningLevel, publishedRevision: Int?, updatedAt: Date, snippet: String? = nil
    ) {
        self.id = id
        self.ownerCode = ownerCode
        self.ownerName = ownerName
        self.status = status
        self.version = version
        self.title = title
        self.theme = theme
        self.level = level
        self.publishedRevision = publishedRevision
        self.updatedAt = updatedAt
        self.snippet = snippet
    }
}

/// An attachment's bytes with the metadata to serve them.
public struct StoredAttachment: Sendable, Hashable {
    /// The file name.
    public var name: String
    /// The media type (normalised at upload, see ``AttachmentMediaType``).
    public var mediaType: String
    /// The bytes.
    public var data: Data
    /// SHA-256 of the bytes, hex.
    public var sha256: String
}
