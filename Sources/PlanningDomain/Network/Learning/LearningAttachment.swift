/// Metadata of a file attached to a learning example (the bytes live in the hub's file store, not here).
public struct LearningAttachment: Hashable, Sendable, Codable {
    /// The file name shown to readers, e.g. "balanseringsmall.xlsx" (no folders).
    public var name: String
    /// The media type, e.g. "application/pdf".
    public var mediaType: String
    /// The size in bytes.
    public var byteCount: Int

    /// Creates attachment metadata.
    public init(name: String, mediaType: String, byteCount: Int) {
        self.name = name
        self.mediaType = mediaType
        self.byteCount = byteCount
    }
}

/// How much may be attached to one learning example.
public struct LearningAttachmentLimits: Hashable, Sendable, Codable {
    /// The largest file, in bytes.
    public var maximumFileBytes: Int
    /// The largest total of all files, in bytes.
    public var maximumTotalBytes: Int
    /// The most files.
    public var maximumCount: Int

    /// Creates limits.
    public init(maximumFileBytes: Int, maximumTotalBytes: Int, maximumCount: Int) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumTotalBytes = maximumTotalBytes
        self.maximumCount = maximumCount
    }

    /// 5 MiB per file, 20 MiB in total, at most 10 files: enough for slides, a spreadsheet template and a
    /// report, small enough that every region can keep all published examples locally.
    public static let standard = LearningAttachmentLimits(
        maximumFileBytes: 5 * 1024 * 1024, maximumTotalBytes: 20 * 1024 * 1024, maximumCount: 10)
}
