import Foundation

/// Streams one worksheet part into dense string rows, applying the cell value rules of `XLSXSheet`.
struct WorksheetReader {
    let sheetName: String
    let partPath: String
    let sharedStrings: [String]
    let styles: CellStyles
    let uses1904DateSystem: Bool
    let maximumRowCount: Int

    /// Reads every row; throws `.formulaError` naming all error cells once the whole sheet has been read.
    func read(_ data: Data) throws(XLSXError) -> [XLSXRow] {
        let handler = Handler(reader: self)
        try XMLPartParser.parse(data, place: "bladet \"\(sheetName)\" (\(partPath))", into: handler)
        if !handler.formulaErrors.isEmpty {
            throw FormulaErrorReport(sheetName: sheetName, errors: handler.formulaErrors).error
        }
        return handler.rows
    }

    /// The string value of one finished `<c>` element that is not an error cell.
    fileprivate func value(of cell: Handler.Cell, row: Int) throws(XLSXError) -> String {
        switch cell.type {
        case "s":
            let text = Self.trimmed(cell.text)
            guard let index = Int(text), sharedStrings.indices.contains(index) else {
                let reference = columnLetters(forIndex: cell.column) + String(row)
                throw XLSXError(
                    code: .malformedXML, cellReference: reference,
                    message: "Arbetsboken är skadad: cellen \(reference) på bladet \"\(sheetName)\" pekar på en "
                        + "text som saknas i arbetsboken. Öppna filen i Excel och spara den igen som .xlsx.")
            }
            return sharedStrings[index]
        case "inlineStr", "str":
            return cell.text
        case "b":
            // Excel writes 1/0; a few generators write true/false.
            switch Self.trimmed(cell.text).lowercased() {
            case "true": return "1"
            case "false": return "0"
            case let other: return other
            }
        case "d":
            // Strict OOXML stores dates as ISO 8601 text; keep only the date, as for serial dates.
            let text = Self.trimmed(cell.text)
            return text.count >= 10 && text.utf8.dropFirst(4).first == UInt8(ascii: "-")
                ? String(text.prefix(10)) : text
        default:
            let text = Self.trimmed(cell.text)
            guard !text.isEmpty else { return "" }
            if styles.isDateStyle(cell.style), let serial = Double(text),
                let date = ExcelDate.isoDate(serial: serial, date1904: uses1904DateSystem)
            {
                return date
            }
            return DecimalNormalizer.normalized(text)
        }
    }

    /// `text` without surrounding ASCII blanks. Values almost never have any, so the common case allocates
    /// nothing; this runs for every cell, where Foundation's `trimmingCharacters` was a sixth of the read time.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.first, let last = utf8.last, isBlank(first) || isBlank(last) else { return text }
        guard let start = utf8.firstIndex(where: { !isBlank($0) }), let end = utf8.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(text[start...end])
    }

    fileprivate func rowLimitError(row: Int) -> XLSXError {
        XLSXError(
            code: .tooLarge,
            message: "Bladet \"\(sheetName)\" har fler än \(maximumRowCount) rader (rad \(row)). "
                + "Ta bort tomma eller överflödiga rader i Excel, eller dela upp bladet, och spara filen igen.")
    }

    fileprivate final class Handler: SAXHandler {
        struct Cell {
            var column = 0
            var type = "n"
            var style = 0
            var text = ""
        }

        let reader: WorksheetReader
        var rows: [XLSXRow] = []
        var formulaErrors: [FormulaErrorReport.Entry] = []

        private var inSheetData = false
        private var rowNumber = 0
        private var rowCount = 0
        private var cells: [String] = []
        private var nextColumn = 0
        private var cell: Cell?
        private var collectingText = false
        private var inInlineString = false
        private var phoneticDepth = 0

        init(reader: WorksheetReader) {
            self.reader = reader
        }

        func didStart(_ element: String, attributes: [String: String]) throws(XLSXError) {
            switch element {
            case "sheetData":
                inSheetData = true
            case "row" where inSheetData:
                try startRow(attributes)
            case "c" where inSheetData:
                try startCell(attributes)
            case "v" where cell != nil:
                collectingText = true
            case "is" where cell != nil:
                inInlineString = true
            case "t" where inInlineString:
                collectingText = phoneticDepth == 0
            case "rPh" where inInlineString:
                phoneticDepth += 1
            default:
                break
            }
        }

        func didEnd(_ element: String) throws(XLSXError) {
            switch element {
            case "sheetData":
                inSheetData = false
            case "row" where inSheetData:
                endRow()
            case "c" where cell != nil:
                try endCell()
            case "v", "t":
                collectingText = false
            case "is":
                inInlineString = false
            case "rPh" where inInlineString:
                phoneticDepth -= 1
            default:
                break
            }
        }

        func foundCharacters(_ text: String) {
            if collectingText { cell?.text += text }
        }

        private func startRow(_ attributes: [String: String]) throws(XLSXError) {
            // Rows without `r` follow the previous row, as Excel reads them.
            let number = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            rowCount += 1
            guard number <= reader.maximumRowCount, rowCount <= reader.maximumRowCount else {
                throw reader.rowLimitError(row: number)
            }
            guard number >= 1 else {
                throw XLSXError(
                    code: .malformedXML,
                    message: "Arbetsboken är skadad: bladet \"\(reader.sheetName)\" har en rad med nummer \(number). "
                        + "Öppna filen i Excel och spara den igen som .xlsx.")
            }
            rowNumber = number
            cells.removeAll(keepingCapacity: true)
            nextColumn = 0
        }

        private func startCell(_ attributes: [String: String]) throws(XLSXError) {
            var column = nextColumn
            if let reference = attributes["r"] {
                guard let parsed = CellReference(reference) else {
                    throw XLSXError(
                        code: .malformedXML, cellReference: reference,
                        message: "Arbetsboken är skadad: bladet \"\(reader.sheetName)\" har en cell med den ogiltiga "
                            + "referensen \"\(reference.prefix(20))\" på rad \(rowNumber). "
                            + "Öppna filen i Excel och spara den igen som .xlsx.")
                }
                column = parsed.column
            }
            guard column <= CellReference.maximumColumn else {
                throw XLSXError(
                    code: .malformedXML, cellReference: attributes["r"],
                    message: "Arbetsboken är skadad: bladet \"\(reader.sheetName)\" har en cell på rad \(rowNumber) "
                        + "bortom Excels sista kolumn XFD. Öppna filen i Excel och spara den igen som .xlsx.")
            }
            cell = Cell(
                column: column, type: attributes["t"] ?? "n", style: attributes["s"].flatMap { Int($0) } ?? 0)
        }

        private func endCell() throws(XLSXError) {
            guard let finished = cell else { return }
            cell = nil
            collectingText = false
            inInlineString = false
            phoneticDepth = 0
            nextColumn = finished.column + 1
            if finished.type == "e" {
                let reference = columnLetters(forIndex: finished.column) + String(rowNumber)
                formulaErrors.append(.init(cellReference: reference, value: finished.text))
                return
            }
            let value = try reader.value(of: finished, row: rowNumber)
            guard !value.isEmpty else { return }
            if cells.count <= finished.column {
                cells.append(contentsOf: repeatElement("", count: finished.column + 1 - cells.count))
            }
            cells[finished.column] = value
        }

        private func endRow() {
            // Cells are only stored when non-empty, so `cells` never has trailing empties to trim.
            if !cells.isEmpty {
                rows.append(XLSXRow(number: rowNumber, cells: cells))
            }
            cells.removeAll(keepingCapacity: true)
        }
    }
}
