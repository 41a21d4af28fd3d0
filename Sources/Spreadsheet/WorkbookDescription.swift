import Foundation

/// What `xl/workbook.xml` says: the sheets in tab order and the date system.
struct WorkbookDescription {
    /// One `<sheet>` entry; `relationshipID` points into the workbook's relationships.
    struct SheetEntry {
        let name: String
        let relationshipID: String
    }

    let sheets: [SheetEntry]
    /// `true` for workbooks in the 1904 date system (`<workbookPr date1904="1"/>`, old Mac Excel).
    let uses1904DateSystem: Bool

    init(parsing data: Data, partPath: String) throws(XLSXError) {
        let handler = Handler()
        try XMLPartParser.parse(data, place: "arbetsboksdelen \(partPath)", into: handler)
        sheets = handler.sheets
        uses1904DateSystem = handler.uses1904DateSystem
    }

    private final class Handler: SAXHandler {
        var sheets: [SheetEntry] = []
        var uses1904DateSystem = false

        func didStart(_ element: String, attributes: [String: String]) throws(XLSXError) {
            switch element {
            case "workbookPr":
                let value = attributes["date1904"]?.lowercased()
                uses1904DateSystem = value == "1" || value == "true"
            case "sheet":
                guard let name = attributes["name"], let id = attributes.namespacedValue(localName: "id") else {
                    throw XLSXError(
                        code: .malformedXML,
                        message: "Arbetsboken är skadad: ett blad saknar namn eller koppling till sitt innehåll. "
                            + "Öppna filen i Excel och spara den igen som .xlsx.")
                }
                sheets.append(SheetEntry(name: name, relationshipID: id))
            default:
                break
            }
        }

        func didEnd(_ element: String) {}
        func foundCharacters(_ text: String) {}
    }
}
