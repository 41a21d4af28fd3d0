import FeedFormats
import Foundation
import NodeStore
import PlanningDomain
import RegionNode
import Testing

@Suite("Importing .xlsx workbooks")
struct SpreadsheetImportTests {
    @Test func namedSheetImportsTheSameRecordsAsTheEquivalentCSV() throws {
        let fromCSV = try Workspace()
        defer { fromCSV.remove() }
        try fromCSV.importFiles(try tinyMasterData() + [fixture("inflode.csv")])

        let fromWorkbook = try Workspace()
        defer { fromWorkbook.remove() }
        try fromWorkbook.importFiles(try tinyMasterData())
        let report = try fromWorkbook.importer.run([ImportRequest(path: fixture("inflode.xlsx"), sheet: "Inflöde")])

        #expect(report.files.map(\.name) == ["inflode.xlsx"])
        #expect(report.files.first?.recordCount == 4)
        #expect(try fromWorkbook.contentDigest() == fromCSV.contentDigest())
        let inflow = try fromWorkbook.store.summary().inflow
        #expect(inflow.rowCount == 4)
        #expect(inflow.total == 52)
        #expect(inflow.firstWeek == week(2025, 10))
        #expect(inflow.lastWeek == week(2025, 11))
    }

    @Test func sheetNameIsMatchedIgnoringCase() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(try tinyMasterData())
        let report = try workspace.importer.run([ImportRequest(path: fixture("inflode.xlsx"), sheet: "INFLÖDE")])
        #expect(report.files.first?.name == "inflode.xlsx")
        #expect(try workspace.store.summary().inflow.rowCount == 4)
    }

    @Test func withoutSheetTheFirstSheetIsReadAndItsHeaderRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(try tinyMasterData())
        let error = try #require(throws: FeedValidationError.self) {
            try workspace.importer.run([ImportRequest(path: fixture("inflode.xlsx"))])
        }
        let issue = try #require(error.issues.first)
        #expect(issue.code == .missingColumn)
        #expect(issue.file == "inflode.xlsx [Info]")
        #expect(try workspace.store.summary().inflow.rowCount == 0)
    }

    @Test func unknownSheetNamesTheSheetsThereAre() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(try tinyMasterData())
        let error = try #require(throws: FeedValidationError.self) {
            try workspace.importer.run([ImportRequest(path: fixture("inflode.xlsx"), sheet: "Produktion")])
        }
        let issue = try #require(error.issues.first)
        #expect(issue.code == .spreadsheet)
        #expect(issue.message.contains("Inflöde"))
        #expect(issue.message.contains("Info"))
    }

    @Test func formulaErrorIsReportedWithItsCell() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(try tinyMasterData())
        let before = try workspace.databaseFingerprint()
        let error = try #require(throws: FeedValidationError.self) {
            try workspace.importFiles([fixture("inflode_formelfel.xlsx")])
        }
        let issue = try #require(error.issues.first)
        #expect(error.issues.count == 1)
        #expect(issue.code == .spreadsheet)
        #expect(issue.file == "inflode_formelfel.xlsx")
        #expect(issue.column == "C3")
        #expect(issue.line == 3)
        #expect(issue.message.contains("#DIV/0!"))
        #expect(try workspace.databaseFingerprint() == before)
    }

    @Test func badValueInASheetIsLocatedByRowAndColumnLetter() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // No master data: every planning object in the sheet is unknown.
        let error = try #require(throws: FeedValidationError.self) {
            try workspace.importer.run([ImportRequest(path: fixture("inflode.xlsx"), sheet: "Inflöde")])
        }
        #expect(error.issues.map(\.code) == Array(repeating: .unknownReference, count: 4))
        #expect(error.issues.map(\.line) == [2, 3, 4, 5])
        #expect(error.issues.first?.column == "A (planeringsobjekt)")
        #expect(error.issues.first?.file == "inflode.xlsx [Inflöde]")
    }

    @Test func csvRenamedToXLSXIsRefusedAsASpreadsheet() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(try tinyMasterData())
        let path = try workspace.write("inflode.xlsx", "planeringsobjekt;vecka;antal\nORT-NYB;2025-W10;3\n")
        let error = try #require(throws: FeedValidationError.self) { try workspace.importFiles([path]) }
        #expect(error.issues.map(\.code) == [.spreadsheet])
        #expect(error.issues.first?.file == "inflode.xlsx")
    }
}
