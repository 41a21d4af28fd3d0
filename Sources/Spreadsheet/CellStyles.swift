import Foundation

/// Which cell formats (`s` attribute, an index into `cellXfs` in `xl/styles.xml`) display numbers as dates.
struct CellStyles: Sendable {
    /// `isDate[s]` is `true` when cell format `s` shows a calendar date.
    private let isDate: [Bool]

    /// Styles of a workbook without a styles part: nothing is a date.
    static let none = CellStyles(isDate: [])

    private init(isDate: [Bool]) {
        self.isDate = isDate
    }

    init(parsing data: Data, partPath: String) throws(XLSXError) {
        let handler = Handler()
        try XMLPartParser.parse(data, place: "formatdelen \(partPath)", into: handler)
        isDate = handler.cellFormatIDs.map { id in
            // A workbook may redefine a built-in id with its own code; the code then decides.
            if let code = handler.customFormats[id] { return DateFormatDetector.isDate(formatCode: code) }
            return DateFormatDetector.isBuiltInDate(id)
        }
    }

    /// Whether cell format index `style` shows a date; unknown indexes are treated as not a date.
    func isDateStyle(_ style: Int) -> Bool {
        isDate.indices.contains(style) && isDate[style]
    }

    private final class Handler: SAXHandler {
        var customFormats: [Int: String] = [:]
        var cellFormatIDs: [Int] = []
        // `numFmt` also appears inside differential formats (`dxfs`) and `xf` inside `cellStyleXfs`;
        // only the top-level lists apply to cells.
        private var inNumberFormats = false
        private var inCellFormats = false

        func didStart(_ element: String, attributes: [String: String]) {
            switch element {
            case "numFmts":
                inNumberFormats = true
            case "cellXfs":
                inCellFormats = true
            case "numFmt" where inNumberFormats:
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                    customFormats[id] = code
                }
            case "xf" where inCellFormats:
                cellFormatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default:
                break
            }
        }

        func didEnd(_ element: String) {
            switch element {
            case "numFmts": inNumberFormats = false
            case "cellXfs": inCellFormats = false
            default: break
            }
        }

        func foundCharacters(_ text: String) {}
    }
}
