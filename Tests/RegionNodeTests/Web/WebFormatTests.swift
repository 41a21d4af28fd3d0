import Foundation
import Spreadsheet
import Testing

@testable import RegionNode

/// The web UI's parsers and writers on their own: form bodies, multipart uploads, safe redirects, CSV and XLSX.
@Suite("Web UI: parsing and export formats")
struct WebFormatTests {
    @Test func urlEncodedFormsDecodePlusPercentAndUTF8() {
        let form = WebForm.urlEncoded("namn=V%C3%A5rd+och+omsorg&tom=&x=1&x=2&trasig=%ZZ%4")
        #expect(form["namn"] == "Vård och omsorg")
        #expect(form["tom"] == "")
        #expect(form.fields["x"] == ["1", "2"])
        #expect(form["trasig"] == "%ZZ%4")
        #expect(form.trimmed("tom") == nil)
        #expect(WebForm.urlEncoded(WebForm.query([("a", "å ä&=ö")]).dropFirst().description)["a"] == "å ä&=ö")
    }

    @Test func multipartBodiesGiveFieldsAndFiles() throws {
        let boundary = "----grans42"
        let file: [UInt8] = Array("enhetskod;namn\r\nR1;Region\r\n".utf8) + [0x00, 0xFF]
        var body: [UInt8] = []
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nabc\r\n".utf8)
        body += Array(
            ("--\(boundary)\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"C:\\\\data\\\\enheter;1.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").utf8)
        body += file
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        let type = "multipart/form-data; boundary=\(boundary)"
        let parsed = try MultipartForm.parse(body, boundary: try #require(MultipartForm.boundary(contentType: type)))
        #expect(parsed.fields["csrf_token"] == "abc")
        let upload = try #require(parsed.file("fil"))
        #expect(upload.fileName == "enheter;1.csv")
        #expect(upload.contents == file)
        #expect(MultipartForm.boundary(contentType: "application/x-www-form-urlencoded") == nil)
        #expect(throws: MultipartFormError.self) {
            try MultipartForm.parse(Array("--\(boundary)\r\nContent-Disposition: form-data".utf8), boundary: boundary)
        }
    }

    @Test func theNextPathStaysOnTheNode() {
        #expect(LoginRoutes<NodeRequestContext>.safeNext("/planer/3?version=2") == "/planer/3?version=2")
        for bad in [nil, "", "//evil.example", "/\\evil.example", "https://evil.example", "planer", "/a\u{0D}b"] {
            #expect(LoginRoutes<NodeRequestContext>.safeNext(bad) == "/", "\(String(describing: bad))")
        }
    }

    @Test func csvFieldsAreQuotedNumbersUseADecimalCommaAndFormulasAreDefused() {
        #expect(TableExport.field("a;b") == "\"a;b\"")
        #expect(TableExport.field("säg \"hej\"") == "\"säg \"\"hej\"\"\"")
        #expect(TableExport.guardFormula("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(TableExport.guardFormula("Ortopedi") == "Ortopedi")
        #expect(TableExport.number(-1234.5, decimals: 1) == "-1234,5")
        #expect(TableExport.number(-0.01, decimals: 0) == "0")
        #expect(
            TableExport.contentDisposition(fileName: "väntelista-2025.csv")
                == "attachment; filename=\"vantelista-2025.csv\"; filename*=UTF-8''v%C3%A4ntelista-2025.csv")
    }

    @Test func xlsxWorkbooksReadBackExactly() throws {
        let rows: [[XLSXWriter.Cell]] = [
            [.text("0101"), .number(12.5), .text("<å & \"ö\">")], [.text("B"), .number(-3), .empty],
        ]
        let data = try XLSXWriter.workbook(
            sheetName: "Gap [per] månad/resurs", header: ["Kod", "Värde", "Text"], rows: rows)
        #expect(Array(data.prefix(2)) == [0x50, 0x4B])
        let workbook = try XLSXWorkbook(data: data)
        #expect(workbook.sheetNames == ["Gap -per- månad-resurs"])
        let sheet = try workbook.sheet()
        #expect(sheet.rows.map(\.cells) == [["Kod", "Värde", "Text"], ["0101", "12.5", "<å & \"ö\">"], ["B", "-3"]])
        #expect(
            try XLSXWriter.workbook(sheetName: "x", header: ["a"], rows: rows)
                == XLSXWriter.workbook(
                    sheetName: "x", header: ["a"], rows: rows))
    }
}
