import Testing

@testable import Spreadsheet

@Suite struct InternalRulesTests {
    @Test(arguments: [
        (0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"),
        (16_383, "XFD"),
    ])
    func columnLettersFollowExcelNaming(index: Int, letters: String) {
        #expect(columnLetters(forIndex: index) == letters)
    }

    @Test func columnLettersOfNegativeIndexIsEmpty() {
        #expect(columnLetters(forIndex: -1) == "")
    }

    @Test(arguments: ["A1", "Z9", "AA10", "ZZ1", "AAA1", "XFD1048576"])
    func cellReferenceRoundTripsThroughColumnLetters(reference: String) throws {
        let parsed = try #require(CellReference(reference))
        let letters = String(reference.prefix { $0.isLetter })
        #expect(columnLetters(forIndex: parsed.column) == letters)
        #expect(parsed.row == Int(reference.drop { $0.isLetter }))
    }

    @Test(arguments: ["", "5", "C", "5C", "C5C", "C-5", "C5 "])
    func cellReferenceRejectsMalformedText(text: String) {
        #expect(CellReference(text)?.row == nil)
    }

    @Test(arguments: [
        ("12", "12"), ("12.0", "12"), ("1.5E-2", "0.015"), ("0.30000000000000004", "0.30000000000000004"),
        ("-2.50E+3", "-2500"), ("1E+21", "1000000000000000000000"), ("007", "7"), (".5", "0.5"), ("-0", "0"),
        ("0", "0"), ("0.0", "0"), ("123456789012345678", "123456789012345678"), ("4.5e1", "45"),
        ("NaN", "NaN"), ("1e", "1e"), ("1.2.3", "1.2.3"), ("1E999999999", "1E999999999"), ("abc", "abc"),
    ])
    func decimalNormalizerKeepsEveryWrittenDigit(written: String, expected: String) {
        #expect(DecimalNormalizer.normalized(written) == expected)
    }

    @Test(arguments: [("12", "12"), (" 12", "12"), ("12\n", "12"), ("\t 1 2 ", "1 2"), ("   ", ""), ("", "")])
    func trimmedRemovesSurroundingBlanksOnly(text: String, expected: String) {
        #expect(WorksheetReader.trimmed(text) == expected)
    }

    @Test(arguments: [
        (1.0, "1900-01-01"), (59.0, "1900-02-28"), (60.0, "1900-02-29"), (61.0, "1900-03-01"),
        (45_720.0, "2025-03-04"), (45_748.5625, "2025-04-01"), (45_000.0, "2023-03-15"),
        (45_000.999_999_999, "2023-03-16"),
        (2_958_465.0, "9999-12-31"),
    ])
    func excelDateConvertsSerialsIn1900System(serial: Double, expected: String) {
        #expect(ExcelDate.isoDate(serial: serial, date1904: false) == expected)
    }

    @Test func excelDateIn1904SystemCountsFromNewYear1904() {
        #expect(ExcelDate.isoDate(serial: 0, date1904: true) == "1904-01-01")
        #expect(ExcelDate.isoDate(serial: 44_258, date1904: true) == "2025-03-04")
    }

    @Test(arguments: [0.5, -1, 3_000_000, .nan])
    func excelDateRefusesSerialsThatAreNoDate(serial: Double) {
        #expect(ExcelDate.isoDate(serial: serial, date1904: false) == nil)
    }

    @Test(arguments: [
        "yyyy-mm-dd", "d/m/yyyy", "mmm-yy", "[$-41D]d mmmm yyyy", "dd/mm/yyyy\\ hh:mm", "\"v.\"\\ d mmm",
        "[Red]yyyy-mm-dd", "mmmm",
    ])
    func dateFormatDetectorRecognisesDateCodes(code: String) {
        #expect(DateFormatDetector.isDate(formatCode: code))
    }

    @Test(arguments: [
        "General", "0.00", "#,##0", "0.00E+00", "h:mm", "hh:mm:ss", "[h]:mm", "mm:ss", "h:mm AM/PM",
        "0\" dagar\"", "[Blue]0;[Red]-0", "0%", "_-* #,##0 kr_-", "\"ytd\"0",
    ])
    func dateFormatDetectorRejectsNumberAndTimeCodes(code: String) {
        #expect(!DateFormatDetector.isDate(formatCode: code))
    }

    @Test func builtInDateFormatsAreFourteenToSeventeenAndTwentyTwo() {
        let dates = (0...200).filter(DateFormatDetector.isBuiltInDate)
        #expect(dates == [14, 15, 16, 17, 22])
    }

    @Test func relationshipTargetsResolveAgainstTheSourceDirectory() {
        #expect(Relationships.resolve("worksheets/sheet1.xml", against: ["xl"]) == "xl/worksheets/sheet1.xml")
        #expect(Relationships.resolve("/xl/worksheets/sheet1.xml", against: ["xl"]) == "xl/worksheets/sheet1.xml")
        #expect(Relationships.resolve("../media/a.png", against: ["xl", "drawings"]) == "xl/media/a.png")
        #expect(Relationships.path(forPart: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(Relationships.path(forPart: "") == "_rels/.rels")
    }
}
