/// One problem in an import file, located as precisely as possible, with a sentence that says how to fix it.
///
/// Messages are Swedish: they are read by the region's production analysts. They never quote more than the one
/// offending value, and never a value that looks like a personal identity number.
public struct FeedIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// File name (and sheet).
    public var file: String
    /// Line (CSV) or row (spreadsheet), when the problem is in one.
    public var line: Int?
    /// Column label, when the problem is in one.
    public var column: String?
    /// The offending value, when it is safe to show.
    public var value: String?
    /// A stable code for scripts and tests.
    public var code: FeedIssueCode
    /// What is wrong and what to do, in Swedish.
    public var message: String

    /// Creates an issue.
    public init(file: String, line: Int?, column: String?, value: String?, code: FeedIssueCode, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.code = code
        self.message = message
    }

    /// "inflode.csv, rad 17, kolumn vecka, värde \"2025-W54\": 2025 har 52 ISO-veckor. …"
    public var description: String {
        var location = file
        if let line { location += ", rad \(line)" }
        if let column { location += ", kolumn \(column)" }
        if let value { location += ", värde \"\(value)\"" }
        return "\(location): \(message)"
    }
}

/// Stable codes for import problems.
public enum FeedIssueCode: String, Sendable, Hashable, CaseIterable {
    case emptyFile
    case unreadableFile
    case invalidEncoding
    case unknownFeed
    case wrongDelimiter
    case missingColumn
    case ambiguousColumns
    case duplicateColumn
    case personalIdentityNumber
    case missingValue
    case invalidWeek
    case invalidDate
    case invalidNumber
    case negativeNumber
    case invalidChoice
    case unknownReference
    case duplicateKey
    case inconsistentRow
    case tooLong
    case spreadsheet
}

/// All problems found in one import run, reported together.
public struct FeedValidationError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file and line order, capped per file.
    public var issues: [FeedIssue]
    /// Problems found beyond the cap, per file, that are counted but not listed.
    public var omittedCount: Int

    /// Creates the error.
    public init(issues: [FeedIssue], omittedCount: Int) {
        self.issues = issues
        self.omittedCount = omittedCount
    }

    /// All issues, one per line, plus a closing count.
    public var description: String {
        var lines = issues.map(\.description)
        if omittedCount > 0 { lines.append("… och \(omittedCount) fel till av samma slag (visas inte).") }
        return lines.joined(separator: "\n")
    }
}
