/// One non-empty row of a sheet.
public struct XLSXRow: Sendable, Equatable {
    /// The 1-based row number Excel shows, so messages can point the planner at the right line.
    public let number: Int
    /// Cell values by column: index 0 is column A. Missing cells are `""`; trailing empty cells are trimmed,
    /// so `cells` is never empty and never ends with `""`.
    public let cells: [String]

    /// Creates a row, for example as a test double for code that consumes sheets.
    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// The value in the given zero-based column, or `""` past the last stored cell.
    public subscript(column: Int) -> String {
        cells.indices.contains(column) ? cells[column] : ""
    }
}
