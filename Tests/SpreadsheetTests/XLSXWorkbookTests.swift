import Foundation
import Spreadsheet
import Testing

@Suite struct XLSXWorkbookTests {
    @Test func listsSheetNamesInWorkbookOrder() throws {
        let workbook = try Fixture.workbook("planning.xlsx")
        #expect(workbook.sheetNames == ["Inflöde", "Väntelista"])
    }

    @Test func readsFirstSheetByDefault() throws {
        let sheet = try Fixture.workbook("planning.xlsx").sheet()
        #expect(sheet.name == "Inflöde")
        #expect(sheet.rows.first == XLSXRow(number: 1, cells: ["planeringsobjekt", "vecka", "antal"]))
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4])
    }

    @Test func readsNamedSheet() throws {
        let sheet = try Fixture.workbook("planning.xlsx").sheet(named: "Väntelista")
        #expect(sheet.name == "Väntelista")
        #expect(sheet.rows.first?.cells == ["patientgrupp", "anmäld", "planerad", "tid", "väntetid i dagar"])
    }

    @Test func matchesSheetNameIgnoringCaseLikeExcel() throws {
        let sheet = try Fixture.workbook("planning.xlsx").sheet(named: "VÄNTELISTA")
        #expect(sheet.name == "Väntelista")
    }

    @Test func unknownSheetNameErrorListsAvailableNames() throws {
        let workbook = try Fixture.workbook("planning.xlsx")
        let error = #expect(throws: XLSXError.self) { try workbook.sheet(named: "Utflöde") }
        #expect(error?.code == .unknownSheet)
        #expect(error?.message.contains("\"Utflöde\"") == true)
        #expect(error?.message.contains("\"Inflöde\", \"Väntelista\"") == true)
    }

    @Test func readsSharedStringsWithSwedishCharactersAndRichTextRuns() throws {
        let sheet = try Fixture.workbook("planning.xlsx").sheet(named: "Inflöde")
        #expect(sheet.rows[1].cells == ["Höftledsplastik", "2025-W10", "14"])
        // "Grå starr" is stored as a bold run plus a plain run, with a phonetic guide that is not visible text.
        #expect(sheet.rows[2].cells == ["Grå starr", "2025-W10", "31"])
        #expect(sheet.rows[3].cells == ["Knäledsplastik, vänster", "2025-W11", "7"])
    }

    @Test func readsInlineStrings() throws {
        let sheet = try Fixture.workbook("planning.xlsx").sheet(named: "Väntelista")
        #expect(sheet.rows[1].cells.first == "Ögonkliniken, äldre")
        #expect(sheet.rows[2].cells.first == "Barn- och ungdomsmottagning")
    }

    @Test func datesBecomeIsoDatesAndDateTimesKeepOnlyTheDate() throws {
        let sheet = try Fixture.workbook("planning.xlsx").sheet(named: "Väntelista")
        // Custom formats `yyyy-mm-dd` and `d/m/yyyy\ "kl" h:mm`.
        #expect(Array(sheet.rows[1].cells[1...2]) == ["2025-03-04", "2025-04-01"])
        #expect(Array(sheet.rows[2].cells[1...2]) == ["2024-12-31", "2025-01-02"])
    }

    @Test func timeOnlyFormatKeepsTheDayFraction() throws {
        let sheet = try Fixture.workbook("planning.xlsx").sheet(named: "Väntelista")
        #expect(sheet.rows[1].cells[3] == "0.5")
        #expect(sheet.rows[1].cells[4] == "28")
    }

    @Test func builtInDateFormatFollowsExcel1900LeapYearBug() throws {
        let sheet = try Fixture.workbook("planning.xlsx").sheet(named: "Väntelista")
        // Serial 59 is 1900-02-28, 60 the fictitious 1900-02-29, 61 already 1900-03-01.
        #expect(sheet.rows[3] == XLSXRow(number: 4, cells: ["serie", "1900-02-28", "1900-03-01", "", "1900-01-01"]))
    }

    @Test func honours1904DateSystem() throws {
        let sheet = try Fixture.workbook("dates1904.xlsx").sheet()
        #expect(sheet.rows == [XLSXRow(number: 1, cells: ["2025-03-04"])])
    }

    @Test func normalisesNumbersAndBooleans() throws {
        let sheet = try Fixture.workbook("gaps.xlsx").sheet()
        let numbers = try #require(sheet.rows.first { $0.number == 6 })
        #expect(numbers.cells == ["tal", "12", "0.30000000000000004", "0.015", "-2500", "1", "0"])
    }

    @Test func missingCellsGiveEmptyStringsAtTheRightIndex() throws {
        let sheet = try Fixture.workbook("gaps.xlsx").sheet()
        #expect(sheet.rows.first == XLSXRow(number: 1, cells: ["planeringsobjekt", "", "antal"]))
        #expect(sheet.rows.first { $0.number == 4 }?.cells == ["", "1", "", "2"])
    }

    @Test func skipsEmptyRowsAndRowsOfEmptyCells() throws {
        let sheet = try Fixture.workbook("gaps.xlsx").sheet()
        #expect(sheet.rows.map(\.number) == [1, 4, 6, 8])
    }

    @Test func cellsWithoutReferenceFollowThePreviousCell() throws {
        let sheet = try Fixture.workbook("gaps.xlsx").sheet()
        #expect(sheet.rows.last == XLSXRow(number: 8, cells: ["", "första", "andra", "3"]))
    }

    @Test func formulaCellsUseTheirCachedValue() throws {
        let sheet = try Fixture.workbook("formula_error.xlsx").sheet(named: "Summering")
        #expect(sheet.rows == [XLSXRow(number: 1, cells: ["totalt", "18", "vecka 10"])])
    }

    @Test func formulaErrorReportsEveryErrorCellWithItsValue() throws {
        let workbook = try Fixture.workbook("formula_error.xlsx")
        let error = #expect(throws: XLSXError.self) { try workbook.sheet(named: "Produktion") }
        #expect(error?.code == .formulaError)
        #expect(error?.cellReference == "C3")
        #expect(error?.message.contains("C3 (#DIV/0!)") == true)
        #expect(error?.message.contains("B5 (#REF!)") == true)
        #expect(error?.message.contains("\"Produktion\"") == true)
    }

    @Test func csvRenamedToXlsxIsNotAZipArchive() throws {
        let error = #expect(throws: XLSXError.self) { try Fixture.workbook("csv_renamed.xlsx") }
        #expect(error?.code == .notAZipArchive)
        #expect(error?.message.contains("CSV") == true)
    }

    @Test func oldXlsOrEncryptedWorkbookIsNotAZipArchive() throws {
        let error = #expect(throws: XLSXError.self) { try Fixture.workbook("ole2_header.xlsx") }
        #expect(error?.code == .notAZipArchive)
        #expect(error?.message.contains(".xls") == true)
        #expect(error?.message.contains("lösenord") == true)
    }

    @Test func emptyFileIsNotAZipArchive() {
        let error = #expect(throws: XLSXError.self) { try XLSXWorkbook(data: Data()) }
        #expect(error?.code == .notAZipArchive)
    }

    @Test func refusesPartsLargerThanTheConfiguredCap() throws {
        let data = try Fixture.data("planning.xlsx")
        let error = #expect(throws: XLSXError.self) {
            try XLSXWorkbook(data: data, configuration: XLSXConfiguration(maximumPartSize: 256))
        }
        #expect(error?.code == .tooLarge)
    }

    @Test func refusesPartsThatInflateBeyondTheCapWhateverTheirHeadersClaim() throws {
        // The sheet's zip headers declare 100 bytes; it inflates to 33 KB. Every other part is below 16 KiB.
        let data = try Fixture.data("understated_size.xlsx")
        let workbook = try XLSXWorkbook(data: data, configuration: XLSXConfiguration(maximumPartSize: 16_384))
        let error = #expect(throws: XLSXError.self) { try workbook.sheet() }
        #expect(error?.code == .tooLarge)
        #expect(error?.message.contains("xl/worksheets/sheet1.xml") == true)
    }

    @Test func truncatedSheetIsMalformedXML() throws {
        let workbook = try Fixture.workbook("truncated.xlsx")
        let error = #expect(throws: XLSXError.self) { try workbook.sheet() }
        #expect(error?.code == .malformedXML)
        #expect(error?.message.contains("\"Inflöde\"") == true)
    }

    @Test func refusesSheetsWithMoreRowsThanTheConfiguredLimit() throws {
        let data = try Fixture.data("planning.xlsx")
        let workbook = try XLSXWorkbook(data: data, configuration: XLSXConfiguration(maximumRowCount: 3))
        let error = #expect(throws: XLSXError.self) { try workbook.sheet(named: "Inflöde") }
        #expect(error?.code == .tooLarge)
        #expect(error?.message.contains("3 rader") == true)
    }
}
