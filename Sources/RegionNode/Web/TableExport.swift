import Foundation
import Hummingbird
import Spreadsheet

/// Downloads of a ``WebTable`` as Swedish Excel expects them.
///
/// CSV: UTF-8 with a byte-order mark (without it Excel reads å, ä, ö as Latin-1), `;` between fields and a decimal
/// comma (what Excel uses with Swedish regional settings), CRLF line ends. XLSX: numbers as numbers.
enum TableExport {
    /// The formats.
    enum Format: String, Sendable {
        case csv
        case xlsx
    }

    /// The table as CSV bytes.
    static func csv(_ table: WebTable) -> [UInt8] {
        var text = ""
        text += table.exportHeader.map(field).joined(separator: ";") + "\r\n"
        for row in table.exportRows {
            let fields = row.enumerated().map { index, cell -> String in
                switch cell {
                case .text(let value): field(guardFormula(value))
                case .number(let value): number(value, decimals: table.csvDecimals(column: index))
                case .empty: ""
                }
            }
            text += fields.joined(separator: ";") + "\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// A number with a decimal comma and an ASCII minus, no thousands separator (Excel parses it as a number).
    static func number(_ value: Double, decimals: Int) -> String {
        var text = String(format: "%.\(max(0, decimals))f", value)
        if Double(text) == 0 { text = String(format: "%.\(max(0, decimals))f", 0.0) }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    /// Quotes a field when it holds a separator, a quote or a line break.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text that Excel would run as a formula (=, +, -, @ first) gets a leading apostrophe: names come from
    /// imported files and planners, and a download must not execute what someone typed (CSV injection).
    static func guardFormula(_ value: String) -> String {
        guard let first = value.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value }
        return "'" + value
    }

    /// The download response: the file, its type, and an attachment name like "planeringsobjekt-2025-10-09.csv".
    static func response(_ table: WebTable, format: Format, date: String) throws -> Response {
        let name = "\(table.fileName)-\(date).\(format.rawValue)"
        let bytes: [UInt8]
        let type: String
        switch format {
        case .csv:
            bytes = csv(table)
            type = "text/csv; charset=utf-8"
        case .xlsx:
            bytes = Array(
                try XLSXWriter.workbook(sheetName: table.caption, header: table.exportHeader, rows: table.exportRows))
            type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: type, .contentDisposition: contentDisposition(fileName: name),
                .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266), so "väntelista" survives.
    static func contentDisposition(fileName: String) -> String {
        let ascii = String(
            fileName.map { character -> Character in
                switch character {
                case "å", "ä": "a"
                case "Å", "Ä": "A"
                case "ö": "o"
                case "Ö": "O"
                case "é": "e"
                default: character.isASCII && character != "\"" && character != "\\" ? character : "_"
                }
            })
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(WebForm.escape(fileName))"
    }
}
