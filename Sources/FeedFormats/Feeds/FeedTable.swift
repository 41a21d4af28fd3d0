/// A table read from an import file: CSV or a spreadsheet sheet.
public protocol FeedTable {
    /// File name (and sheet) used in messages.
    var sourceName: String { get }
    /// Header fields, trimmed.
    var header: [String] { get }
    /// The line or row number of the header.
    var headerLine: Int { get }
    /// Calls `body` for every non-blank data row with its line (CSV) or row (spreadsheet) number.
    func forEachRow(_ body: (_ line: Int, _ fields: [String]) -> Void)
    /// How a column is named in messages (the header text; spreadsheets add the column letter).
    func columnLabel(_ index: Int) -> String
    /// Approximate number of data rows, for progress.
    var estimatedRowCount: Int { get }
}

/// A table held as rows of strings, e.g. a spreadsheet sheet.
public struct RowTable: FeedTable, Sendable {
    /// File name (and sheet) used in messages.
    public let sourceName: String
    /// Header fields, trimmed.
    public let header: [String]
    /// Row number of the header.
    public let headerLine: Int
    /// Data rows with their numbers.
    public let rows: [(line: Int, fields: [String])]
    private let columnNames: [String]?

    /// Creates a table. `columnNames` (e.g. spreadsheet letters) are shown beside header texts in messages.
    public init(
        sourceName: String, header: [String], headerLine: Int, rows: [(line: Int, fields: [String])],
        columnNames: [String]? = nil
    ) {
        self.sourceName = sourceName
        self.header = header.map { $0.trimmingSpaces() }
        self.headerLine = headerLine
        self.rows = rows
        self.columnNames = columnNames
    }

    /// Calls `body` for every row that is not blank.
    public func forEachRow(_ body: (_ line: Int, _ fields: [String]) -> Void) {
        for row in rows where row.fields.contains(where: { !$0.isEmpty }) { body(row.line, row.fields) }
    }

    /// Header text, with the column letter when known ("C (vecka)").
    public func columnLabel(_ index: Int) -> String {
        let name = index < header.count && !header[index].isEmpty ? header[index] : nil
        if let columnNames, index < columnNames.count {
            return name.map { "\(columnNames[index]) (\($0))" } ?? columnNames[index]
        }
        return name ?? "kolumn \(index + 1)"
    }

    /// Number of rows.
    public var estimatedRowCount: Int { rows.count }
}
