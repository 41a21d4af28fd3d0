import FeedFormats
import Testing

@Suite("CSV reading")
struct CSVDocumentTests {
    @Test func byteOrderMarkIsStrippedFromTheFirstHeader() throws {
        let document = try CSVDocument(
            bytes: [0xEF, 0xBB, 0xBF] + Array("planeringsobjekt;vecka;antal\nORT-NYB;2025-W01;3\n".utf8),
            sourceName: "inflode.csv")
        #expect(document.header == ["planeringsobjekt", "vecka", "antal"])
        #expect(rows(of: document).map(\.fields) == [["ORT-NYB", "2025-W01", "3"]])
    }

    @Test(arguments: [
        (";", UInt8(ascii: ";")), (",", UInt8(ascii: ",")), ("\t", UInt8(ascii: "\t")),
    ])
    func delimiterIsDetectedFromTheHeader(separator: String, expected: UInt8) throws {
        let text =
            ["planeringsobjekt", "vecka", "antal"].joined(separator: separator) + "\n"
            + ["ORT-NYB", "2025-W01", "3"].joined(separator: separator) + "\n"
        let document = try csv(text)
        #expect(document.delimiter == expected)
        #expect(document.header == ["planeringsobjekt", "vecka", "antal"])
        #expect(rows(of: document).map(\.fields) == [["ORT-NYB", "2025-W01", "3"]])
    }

    @Test func delimiterInsideQuotedHeaderDoesNotCount() throws {
        // Two commas inside quotes, one semicolon outside: the semicolon wins.
        let document = try csv("\"namn, kort, text\";kod\nA;B\n")
        #expect(document.delimiter == UInt8(ascii: ";"))
        #expect(document.header == ["namn, kort, text", "kod"])
    }

    @Test func quotedFieldsKeepDelimitersDoubledQuotesAndLineBreaks() throws {
        let text = #"""
            kod;namn;antal
            A;"Ortopedi; mottagning";1
            B;"Säger ""hej""";2
            C;"två
            rader";3
            D;sista;4

            """#
        let document = try csv(text)
        let read = rows(of: document)
        #expect(
            read.map(\.fields) == [
                ["A", "Ortopedi; mottagning", "1"],
                ["B", "Säger \"hej\"", "2"],
                ["C", "två\nrader", "3"],
                ["D", "sista", "4"],
            ])
        // The embedded line break moves every later row one physical line down.
        #expect(read.map(\.line) == [2, 3, 4, 6])
    }

    @Test func carriageReturnLineFeedIsNotPartOfTheLastField() throws {
        let document = try csv("kod;antal\r\nA;1\r\nB;\"2\"\r\n")
        #expect(document.header == ["kod", "antal"])
        #expect(rows(of: document).map(\.fields) == [["A", "1"], ["B", "2"]])
        #expect(rows(of: document).map(\.line) == [2, 3])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let document = try csv("kod;antal\n\nA;1\r\n\r\nB;2\n\n")
        let read = rows(of: document)
        #expect(read.map(\.fields) == [["A", "1"], ["B", "2"]])
        #expect(read.map(\.line) == [3, 5])
    }

    @Test func rowsOfOnlyDelimitersAreSkippedLikeBlankLines() throws {
        // Excel writes ";;" for formatted but empty rows at the end of a sheet.
        let document = try csv("kod;namn;antal\nA;x;1\n;;\n;;\n")
        #expect(rows(of: document).map(\.fields) == [["A", "x", "1"]])
    }

    @Test func truncatedUTF8IsRejectedWithItsLine() throws {
        let bytes = Array("a;b\n".utf8) + [0xC3]
        let issue = #expect(throws: FeedIssue.self) {
            try CSVDocument(bytes: bytes, sourceName: "inflode.csv")
        }
        #expect(issue?.code == .invalidEncoding)
        #expect(issue?.line == 2)
        #expect(issue?.file == "inflode.csv")
        #expect(issue?.message.contains("UTF-8") == true)
    }

    @Test func latin1BytesAreRejectedOnTheLineTheyAreOn() throws {
        // "Höft" in Windows-1252: ö is the single byte 0xF6.
        let bytes = Array("kod;namn\nA;ok\nB;H".utf8) + [0xF6] + Array("ft\n".utf8)
        let issue = #expect(throws: FeedIssue.self) { try CSVDocument(bytes: bytes, sourceName: "x.csv") }
        #expect(issue?.code == .invalidEncoding)
        #expect(issue?.line == 3)
    }

    @Test(arguments: ["", "   ", "\n\n", " \r\n\t\n"])
    func emptyOrWhitespaceOnlyFileIsEmpty(text: String) throws {
        let issue = #expect(throws: FeedIssue.self) { try csv(text, name: "inflode.csv") }
        #expect(issue?.code == .emptyFile)
        #expect(issue?.file == "inflode.csv")
    }

    @Test func byteOrderMarkAloneIsAnEmptyFile() throws {
        let issue = #expect(throws: FeedIssue.self) {
            try CSVDocument(bytes: [0xEF, 0xBB, 0xBF], sourceName: "x.csv")
        }
        #expect(issue?.code == .emptyFile)
    }

    @Test func headerFieldsAreTrimmedAndUnnamedColumnsAreLabelledByPosition() throws {
        let document = try csv(" kod ;\tantal\t;\nA;1;x\n")
        #expect(document.header == ["kod", "antal", ""])
        #expect(document.columnLabel(1) == "antal")
        #expect(document.columnLabel(2) == "kolumn 3")
        #expect(document.columnLabel(7) == "kolumn 8")
    }
}
