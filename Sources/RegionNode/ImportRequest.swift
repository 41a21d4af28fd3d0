public import FeedFormats
public import PlanningDomain

/// One file to import, as named on the command line.
public struct ImportRequest: Sendable, Hashable {
    /// Path to the file.
    public var path: String
    /// The feed, when given explicitly; otherwise taken from the file name.
    public var feed: FeedKind?
    /// The sheet to read from an .xlsx workbook; nil = the first sheet.
    public var sheet: String?
    /// The file's bytes when they arrive some other way than from disk (an HTTP upload); `path` is then only
    /// the name shown in messages.
    public var contents: [UInt8]?

    /// Creates a request.
    public init(path: String, feed: FeedKind? = nil, sheet: String? = nil, contents: [UInt8]? = nil) {
        self.path = path
        self.feed = feed
        self.sheet = sheet
        self.contents = contents
    }
}

/// Options that apply to a whole import run.
public struct ImportOptions: Sendable {
    /// Snapshot date for waiting-list files without an `uttagsdatum` column.
    public var snapshotDate: CivilDate?
    /// Issues listed per file before the rest are only counted.
    public var issueCapPerFile: Int

    /// Creates options.
    public init(snapshotDate: CivilDate? = nil, issueCapPerFile: Int = 50) {
        self.snapshotDate = snapshotDate
        self.issueCapPerFile = issueCapPerFile
    }
}

/// Receives progress while files are read, e.g. to draw a line in a terminal.
public protocol ImportProgress: Sendable {
    /// A file is about to be read.
    func started(file: String, feed: FeedKind, estimatedRows: Int)
    /// `rows` data rows of the current file have been read.
    func advanced(rows: Int)
    /// The current file has been read.
    func finishedFile(rows: Int)
    /// Everything has been parsed and is now being written.
    func storing(records: Int)
}

/// Progress that goes nowhere.
public struct SilentProgress: ImportProgress {
    /// Creates it.
    public init() {}
    public func started(file: String, feed: FeedKind, estimatedRows: Int) {}
    public func advanced(rows: Int) {}
    public func finishedFile(rows: Int) {}
    public func storing(records: Int) {}
}
