/// An error reading an .xlsx workbook, with a Swedish message meant for the planner who uploaded the file.
///
/// The message names what is wrong, where (sheet, cell or part) and how to fix it in Excel. Cell *values* from
/// the workbook are never quoted, except formula error codes such as `#DIV/0!`, which are not patient data.
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem the workbook has; stable, for mapping to HTTP statuses and for tests.
    public enum Code: String, Sendable {
        /// The file is not a zip archive: a CSV or text file renamed to .xlsx, an old .xls or an encrypted workbook.
        case notAZipArchive
        /// The archive lacks a part an .xlsx workbook needs, such as `xl/workbook.xml` or a worksheet.
        case missingPart
        /// A part is not well-formed XML, or a cell holds something that contradicts its declared type.
        case malformedXML
        /// The requested sheet name does not exist in the workbook.
        case unknownSheet
        /// One or more cells hold a formula error (`#DIV/0!`, `#REF!`, `#N/A`, ...).
        case formulaError
        /// A part, the number of rows or a column index exceeds the configured limits (zip-bomb protection).
        case tooLarge
        /// The file is a spreadsheet format this reader does not handle (.xlsb, .ods, chart sheets).
        case unsupported
    }

    /// What kind of problem this is.
    public let code: Code
    /// The cell the error is about, such as `"C5"`, or `nil` when it is about the whole file or sheet.
    public let cellReference: String?
    /// Swedish text for a planner: what is wrong, where, and how to fix it.
    public let message: String

    /// Creates an error; `message` should be a complete Swedish sentence that names the place and the fix.
    public init(code: Code, cellReference: String? = nil, message: String) {
        self.code = code
        self.cellReference = cellReference
        self.message = message
    }

    /// The planner-facing message.
    public var description: String { message }
}
