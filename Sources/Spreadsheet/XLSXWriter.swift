public import Foundation
import ZIPFoundation

/// Writes one table as a minimal .xlsx workbook (one sheet, a bold header row, inline strings, numbers as numbers),
/// so an export opens in Excel with sums and filters working at once.
///
/// Inline strings instead of a shared-string table keep the writer one pass and the file self-explanatory; Excel
/// converts them on the first save. Entries carry a fixed timestamp, so the same table gives the same bytes.
public enum XLSXWriter {
    /// One cell of an exported row.
    public enum Cell: Sendable, Hashable {
        /// Text, kept exactly (also text that looks like a number, such as a unit code "0101").
        case text(String)
        /// A number; non-finite values are written as an empty cell.
        case number(Double)
        /// Nothing.
        case empty
    }

    /// The workbook's bytes: `header` as a bold first row, then `rows`, on a sheet named `sheetName` (cut to
    /// Excel's 31 characters, with the characters Excel forbids replaced).
    public static func workbook(sheetName: String, header: [String], rows: [[Cell]]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbookXML(sheetName: safeSheetName(sheetName))),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", sheetXML(header: header, rows: rows)),
        ]
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else {
            throw XLSXError(code: .notAZipArchive, message: "Arbetsboken kunde inte skrivas i minnet.")
        }
        return data
    }

    /// 2000-01-01, so that two exports of the same table are byte for byte equal.
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    /// `name` without the characters Excel refuses in sheet names, at most 31 characters, never empty.
    static func safeSheetName(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        let cleaned = String(name.map { forbidden.contains($0) ? "-" : $0 }.prefix(31))
        return cleaned.trimmingCharacters(in: .whitespaces).isEmpty ? "Blad1" : cleaned
    }

    static func sheetXML(header: [String], rows: [[Cell]]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" \
            state="frozen"/></sheetView></sheetViews><sheetData>
            """
        let all: [[Cell]] = [header.map { .text($0) }] + rows
        for (rowIndex, row) in all.enumerated() {
            let number = rowIndex + 1
            xml += "<row r=\"\(number)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = columnLetters(forIndex: columnIndex) + String(number)
                let style = rowIndex == 0 ? " s=\"1\"" : ""
                switch cell {
                case .text(let text):
                    xml += "<c r=\"\(reference)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">"
                    xml += escaped(text) + "</t></is></c>"
                case .number(let value) where value.isFinite:
                    xml += "<c r=\"\(reference)\"\(style)><v>\(numberText(value))</v></c>"
                case .number, .empty:
                    continue
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        return xml
    }

    /// The shortest text that reads back as the same Double, without an exponent for ordinary values.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            // Control characters other than tab, newline and carriage return are not allowed in XML 1.0.
            case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r": continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/></Relationships>
        """

    static func workbookXML(sheetName: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="\(escaped(sheetName))" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    }

    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="styles.xml"/></Relationships>
        """

    /// Two cell formats: 0 normal, 1 bold (the header row).
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        </styleSheet>
        """
}
