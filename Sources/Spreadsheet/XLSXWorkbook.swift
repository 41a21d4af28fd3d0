public import Foundation

/// An .xlsx workbook (Office Open XML) read from memory, whose sheets can be read as string rows.
///
/// `init` reads the workbook structure, shared strings and styles; each `sheet(named:)` call then streams one
/// worksheet. Everything the reader refuses comes as an `XLSXError` with a Swedish message for the planner.
///
/// ```swift
/// let workbook = try XLSXWorkbook(data: upload)
/// let inflow = try workbook.sheet(named: "Inflöde")
/// ```
public struct XLSXWorkbook: Sendable {
    /// One tab: its name, the kind of its part (`worksheet`, `chartsheet`, ...) and the part's archive path;
    /// kind and path are `nil` when the workbook's relationships do not mention the tab at all.
    private struct SheetLocation: Sendable {
        let name: String
        let kind: String?
        let partPath: String?

        var isWorksheet: Bool { kind == "worksheet" }
    }

    private let data: Data
    private let configuration: XLSXConfiguration
    private let sheets: [SheetLocation]
    private let sharedStrings: [String]
    private let styles: CellStyles
    private let uses1904DateSystem: Bool

    /// The names of all sheets, in the workbook's tab order (hidden sheets included).
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Opens a workbook with the default limits (512 MiB per part, 1 048 576 rows per sheet).
    public init(data: Data) throws(XLSXError) {
        try self.init(data: data, configuration: XLSXConfiguration())
    }

    /// Opens a workbook with the given limits.
    public init(data: Data, configuration: XLSXConfiguration) throws(XLSXError) {
        let package = try WorkbookPackage(data: data, maximumPartSize: configuration.maximumPartSize)
        try Self.rejectOtherFormats(package)

        let workbookPath =
            try Self.relationships(of: "", in: package)?.first(ofKind: "officeDocument")?.path
            ?? "xl/workbook.xml"
        guard let workbookData = try package.read(workbookPath) else {
            throw XLSXError(
                code: .missingPart,
                message: "Filen är ett zip-arkiv men ingen Excel-arbetsbok (delen \(workbookPath) saknas). "
                    + "Öppna den i Excel och spara den som .xlsx.")
        }
        let description = try WorkbookDescription(parsing: workbookData, partPath: workbookPath)
        let relationships = try Self.relationships(of: workbookPath, in: package)

        var sheets: [SheetLocation] = []
        for entry in description.sheets {
            let target = relationships?.relationship(withID: entry.relationshipID)
            sheets.append(SheetLocation(name: entry.name, kind: target?.kind, partPath: target?.path))
        }

        let sharedStringsPath = relationships?.first(ofKind: "sharedStrings")?.path ?? "xl/sharedStrings.xml"
        let stylesPath = relationships?.first(ofKind: "styles")?.path ?? "xl/styles.xml"
        if let contents = try package.read(sharedStringsPath) {
            self.sharedStrings = try SharedStrings.parse(contents, partPath: sharedStringsPath)
        } else {
            self.sharedStrings = []
        }
        if let contents = try package.read(stylesPath) {
            self.styles = try CellStyles(parsing: contents, partPath: stylesPath)
        } else {
            self.styles = .none
        }
        self.data = data
        self.configuration = configuration
        self.sheets = sheets
        self.uses1904DateSystem = description.uses1904DateSystem
    }

    /// Reads a sheet's cells. `nil` reads the first worksheet (skipping chart sheets); a name is matched exactly,
    /// then ignoring case (Excel itself treats `inflöde` and `Inflöde` as the same sheet).
    ///
    /// Throws `.unknownSheet` listing the available names, `.formulaError` listing every error cell, `.tooLarge`
    /// beyond the configured limits, and `.unsupported` for chart and other non-worksheet sheets.
    public func sheet(named name: String? = nil) throws(XLSXError) -> XLSXSheet {
        let location = try locate(name)
        guard let partPath = location.partPath else {
            throw XLSXError(
                code: .missingPart,
                message: "Arbetsboken är skadad: bladet \"\(location.name)\" saknar koppling till sitt innehåll. "
                    + "Öppna filen i Excel och spara den igen som .xlsx.")
        }
        guard location.isWorksheet else {
            let what = location.kind == "chartsheet" ? "ett diagramblad" : "inte ett vanligt kalkylblad"
            throw XLSXError(
                code: .unsupported,
                message: "Bladet \"\(location.name)\" är \(what) och har inga celler att läsa. Välj ett av "
                    + "kalkylbladen: \(Self.quotedList(sheets.filter(\.isWorksheet).map(\.name))).")
        }
        let package = try WorkbookPackage(data: data, maximumPartSize: configuration.maximumPartSize)
        guard let contents = try package.read(partPath) else {
            throw XLSXError(
                code: .missingPart,
                message: "Arbetsboken är skadad: innehållet i bladet \"\(location.name)\" (\(partPath)) saknas. "
                    + "Öppna filen i Excel och spara den igen som .xlsx.")
        }
        let reader = WorksheetReader(
            sheetName: location.name, partPath: partPath, sharedStrings: sharedStrings, styles: styles,
            uses1904DateSystem: uses1904DateSystem, maximumRowCount: configuration.maximumRowCount)
        return XLSXSheet(name: location.name, rows: try reader.read(contents))
    }

    private func locate(_ name: String?) throws(XLSXError) -> SheetLocation {
        guard let name else {
            guard let first = sheets.first(where: \.isWorksheet) ?? sheets.first else {
                throw XLSXError(
                    code: .missingPart,
                    message: "Arbetsboken innehåller inga blad. Kontrollera att rätt fil valdes och spara den igen.")
            }
            return first
        }
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        if let caseless = sheets.first(where: { $0.name.lowercased() == name.lowercased() }) { return caseless }
        throw XLSXError(
            code: .unknownSheet,
            message: "Arbetsboken har inget blad som heter \"\(name)\". Bladen heter \(Self.quotedList(sheetNames)). "
                + "Välj ett av dem, eller byt namn på bladet i Excel och spara filen igen.")
    }

    private static func quotedList(_ names: [String]) -> String {
        names.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    private static func relationships(
        of part: String, in package: WorkbookPackage
    ) throws(XLSXError) -> Relationships? {
        let path = Relationships.path(forPart: part)
        guard let contents = try package.read(path) else { return nil }
        return try Relationships(parsing: contents, sourcePart: part)
    }

    /// Recognises the zip-based spreadsheet formats that are not .xlsx, so the planner learns what to do.
    private static func rejectOtherFormats(_ package: WorkbookPackage) throws(XLSXError) {
        if package.contains("xl/workbook.bin") {
            throw XLSXError(
                code: .unsupported,
                message: "Filen är en binär Excel-arbetsbok (.xlsb), som inte kan läsas. "
                    + "Öppna den i Excel och spara den som .xlsx.")
        }
        if package.contains("content.xml") && package.contains("mimetype") {
            throw XLSXError(
                code: .unsupported,
                message: "Filen är ett OpenDocument-kalkylark (.ods), som inte kan läsas. "
                    + "Öppna den i LibreOffice eller Excel och spara den som .xlsx.")
        }
    }
}
