import FeedFormats
import Foundation
import PlanningDomain
import Spreadsheet

/// Reads an import file from disk into a table: CSV (any delimiter) or an .xlsx sheet.
enum FeedFileReader {
    /// A parsed table, CSV or spreadsheet.
    enum Table {
        case csv(CSVDocument)
        case sheet(RowTable)
    }

    /// The file's table and the SHA-256 of its bytes (for the import log: the same file twice is visible).
    static func read(_ request: ImportRequest) throws(FeedIssue) -> (table: Table, fingerprint: String) {
        let name = (request.path as NSString).lastPathComponent
        let data: Data
        if let contents = request.contents {
            data = Data(contents)
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: request.path))
            } catch {
                throw FeedIssue(
                    file: name, line: nil, column: nil, value: nil, code: .unreadableFile,
                    message: "Filen kan inte läsas (\(request.path)). Kontrollera sökvägen och behörigheten.")
            }
        }
        let isZip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let isOLE = data.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
        let fingerprint = SHA256.hex(data)
        if isZip || isOLE || name.lowercased().hasSuffix(".xlsx") {
            return (.sheet(try readWorkbook(data, name: name, sheet: request.sheet)), fingerprint)
        }
        return (.csv(try CSVDocument(bytes: [UInt8](data), sourceName: name)), fingerprint)
    }

    private static func readWorkbook(_ data: Data, name: String, sheet: String?) throws(FeedIssue) -> RowTable {
        do {
            let workbook = try XLSXWorkbook(data: data)
            let content = try workbook.sheet(named: sheet)
            let source = "\(name) [\(content.name)]"
            guard let headerRow = content.rows.first else {
                throw FeedIssue(
                    file: source, line: nil, column: nil, value: nil, code: .emptyFile,
                    message: "Bladet är tomt. Välj rätt blad med --sheet eller fyll i data.")
            }
            let width = content.rows.map(\.cells.count).max() ?? 0
            return RowTable(
                sourceName: source, header: headerRow.cells, headerLine: headerRow.number,
                rows: content.rows.dropFirst().map { (line: $0.number, fields: $0.cells) },
                columnNames: (0..<max(width, headerRow.cells.count)).map { columnLetters(forIndex: $0) })
        } catch let error as XLSXError {
            // A cell reference such as "C3" also gives the row, so the issue is located like a CSV one.
            let row = error.cellReference.flatMap { Int($0.drop(while: \.isLetter)) }
            throw FeedIssue(
                file: name, line: row, column: error.cellReference, value: nil, code: .spreadsheet,
                message: error.message)
        } catch let issue as FeedIssue {
            throw issue
        } catch {
            throw FeedIssue(
                file: name, line: nil, column: nil, value: nil, code: .spreadsheet,
                message: "Arbetsboken kan inte läsas. Spara den igen som .xlsx eller som CSV.")
        }
    }
}
