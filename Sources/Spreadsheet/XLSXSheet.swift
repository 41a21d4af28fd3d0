/// The cell values of one worksheet as strings.
///
/// Values follow these rules: shared, inline and formula strings as text; booleans as `"1"`/`"0"`; numbers as
/// written but in plain decimal notation (`12.0` -> `12`, `1.5E-2` -> `0.015`); numbers with a date format as
/// `YYYY-MM-DD`, dropping any time of day; formula cells as their cached result.
public struct XLSXSheet: Sendable {
    /// The sheet's tab name.
    public let name: String
    /// Non-empty rows in sheet order; empty rows are skipped, so use `XLSXRow.number` for the Excel row.
    public let rows: [XLSXRow]

    /// Creates a sheet, for example as a test double for code that consumes sheets.
    public init(name: String, rows: [XLSXRow]) {
        self.name = name
        self.rows = rows
    }
}
