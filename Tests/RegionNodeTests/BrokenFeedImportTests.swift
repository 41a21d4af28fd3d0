import FeedFormats
import Foundation
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData
import Testing

/// The acceptance list: broken feed files that must each give a clear, located error and leave the database as
/// it was.
enum BrokenFeed: String, CaseIterable, Sendable {
    case wrongDelimiter, missingColumn, week54, negativeCount, unknownPlanningObject, duplicateKey
    case personnummerColumn, truncatedUTF8, emptyFile, formulaErrorWorkbook

    var fileName: String {
        switch self {
        case .wrongDelimiter: "inflode_pipe.csv"
        case .missingColumn: "inflode_utan_antal.csv"
        case .week54, .unknownPlanningObject, .duplicateKey, .truncatedUTF8: "inflode.csv"
        case .negativeCount: "produktion.csv"
        case .personnummerColumn: "vantelista.csv"
        case .emptyFile: "kapacitet.csv"
        case .formulaErrorWorkbook: "inflode_formelfel.xlsx"
        }
    }

    /// The file's bytes; `object` is a planning object the node already holds.
    func bytes(object: String) throws -> [UInt8] {
        let header = "planeringsobjekt;vecka;antal\n"
        let text: String
        switch self {
        case .wrongDelimiter: text = "planeringsobjekt|vecka|antal\n\(object)|2025-W41|3\n"
        case .missingColumn: text = "planeringsobjekt;vecka\n\(object);2025-W41\n"
        case .week54: text = header + "\(object);2025-W40;3\n\(object);2025-W54;3\n"
        case .negativeCount: text = header + "\(object);2025-W41;-4\n"
        case .unknownPlanningObject: text = header + "\(object);2025-W41;3\nFINNS-INTE;2025-W41;3\n"
        case .duplicateKey: text = header + "\(object);2025-W41;3\n\(object);2025-W41;4\n"
        case .personnummerColumn:
            text =
                "uttagsdatum;personnummer;planeringsobjekt;väntar_sedan\n"
                + "2025-10-05;19121212-1212;\(object);2025-09-01\n"
        case .truncatedUTF8: return Array((header + "\(object);2025-W41;3\nH").utf8) + [0xC3]
        case .emptyFile: return []
        case .formulaErrorWorkbook: return Array(try Data(contentsOf: URL(fileURLWithPath: fixture(fileName))))
        }
        return Array(text.utf8)
    }

    var expectedCode: FeedIssueCode {
        switch self {
        case .wrongDelimiter: .wrongDelimiter
        case .missingColumn: .missingColumn
        case .week54: .invalidWeek
        case .negativeCount: .negativeNumber
        case .unknownPlanningObject: .unknownReference
        case .duplicateKey: .duplicateKey
        case .personnummerColumn: .personalIdentityNumber
        case .truncatedUTF8: .invalidEncoding
        case .emptyFile: .emptyFile
        case .formulaErrorWorkbook: .spreadsheet
        }
    }

    /// Where the issue must point: line (or spreadsheet row) and column, where the problem has one.
    var expectedLocation: (line: Int?, column: String?) {
        switch self {
        case .wrongDelimiter, .missingColumn: (1, nil)
        case .week54: (3, "vecka")
        case .negativeCount: (2, "antal")
        case .unknownPlanningObject: (3, "planeringsobjekt")
        case .duplicateKey: (3, "vecka")
        case .personnummerColumn: (1, "personnummer")
        case .truncatedUTF8: (3, nil)
        case .emptyFile: (nil, nil)
        case .formulaErrorWorkbook: (3, "C3")
        }
    }
}

@Suite("Importing broken feeds")
struct BrokenFeedImportTests {
    /// What must not change when an import is refused.
    struct DatabaseState: Equatable {
        var summary: RegionSummary
        var fingerprint: String
        var totals: [String]

        init(_ workspace: Workspace) throws {
            summary = try workspace.store.summary()
            fingerprint = try workspace.databaseFingerprint()
            totals = try workspace.tableTotals()
        }
    }

    @Test(arguments: BrokenFeed.allCases)
    func brokenFileGivesALocatedErrorAndLeavesTheDatabaseUnchanged(feed: BrokenFeed) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let before = try DatabaseState(workspace)
        let object = try #require(smallRegion.planningObjects.first?.code)
        let path = try workspace.write(feed.fileName, bytes: feed.bytes(object: object))

        let error = try #require(throws: FeedValidationError.self) {
            try workspace.importer.run([ImportRequest(path: path)])
        }
        let issue = try #require(error.issues.first { $0.code == feed.expectedCode }, "\(error)")
        #expect(issue.file.hasPrefix(feed.fileName))
        #expect(issue.line == feed.expectedLocation.line)
        #expect(issue.column == feed.expectedLocation.column)
        #expect(!issue.message.isEmpty)
        #expect(!error.description.contains("1212-1212"), "the personnummer must never be echoed")
        #expect(try DatabaseState(workspace) == before)
    }

    @Test func validFileBesideABrokenOneIsNotStoredEither() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let before = try DatabaseState(workspace)
        let object = try #require(smallRegion.planningObjects.first?.code)
        let good = try workspace.write(
            "produktion_v41.csv", "planeringsobjekt;vecka;antal\n\(object);2025-W41;5\n\(object);2025-W42;6\n")
        let department = try #require(smallRegion.units.first { $0.level == .department }?.code)
        let newUnit = try workspace.write(
            "enheter_nya.csv",
            "enhetskod;namn;nivå;överordnad\nNY-ENHET;Ny enhet;enhet;\(department)\n"
        )
        let broken = try workspace.write(
            "inflode_v41.csv", "planeringsobjekt;vecka;antal\n\(object);2025-W41;3\n\(object);2025-W54;1\n")

        let error = try #require(throws: FeedValidationError.self) {
            try workspace.importFiles([good, newUnit, broken])
        }
        #expect(error.issues.map(\.code) == [.invalidWeek])
        #expect(error.issues.first?.file == "inflode_v41.csv")
        #expect(try DatabaseState(workspace) == before)

        // The same good files on their own are accepted, so it was the broken one that stopped them.
        let report = try workspace.importFiles([good, newUnit])
        #expect(report.receipt.changedCount == 3)
    }

    @Test func everyBrokenFileOfARunIsReportedTogether() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let before = try DatabaseState(workspace)
        let object = try #require(smallRegion.planningObjects.first?.code)
        var paths: [String] = []
        for feed in [BrokenFeed.week54, .negativeCount, .emptyFile, .personnummerColumn] {
            paths.append(try workspace.write(feed.fileName, bytes: feed.bytes(object: object)))
        }
        let error = try #require(throws: FeedValidationError.self) { try workspace.importFiles(paths) }
        #expect(Set(error.issues.map(\.code)) == [.invalidWeek, .negativeNumber, .emptyFile, .personalIdentityNumber])
        #expect(Set(error.issues.map(\.file)) == ["inflode.csv", "produktion.csv", "kapacitet.csv", "vantelista.csv"])
        #expect(try DatabaseState(workspace) == before)
    }

    @Test func issuesBeyondTheCapAreCountedInTheError() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(try tinyMasterData())
        var text = "planeringsobjekt;vecka;antal\n"
        for number in 1...25 { text += "ORT-NYB;2025-W\(number);-1\n" }
        let path = try workspace.write("inflode.csv", text)
        let error = try #require(throws: FeedValidationError.self) {
            try workspace.importer.run([ImportRequest(path: path)], options: ImportOptions(issueCapPerFile: 5))
        }
        #expect(error.issues.count == 5)
        #expect(error.omittedCount == 20)
        #expect(error.description.contains("20"))
    }

    @Test func fileNameThatNamesNoFeedIsAnUnknownFeed() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(try tinyMasterData())
        let before = try DatabaseState(workspace)
        let path = try workspace.write("data_2025.csv", "planeringsobjekt;vecka;antal\nORT-NYB;2025-W10;3\n")

        let error = try #require(throws: FeedValidationError.self) { try workspace.importFiles([path]) }
        let issue = try #require(error.issues.first)
        #expect(error.issues.count == 1)
        #expect(issue.code == .unknownFeed)
        #expect(issue.file == "data_2025.csv")
        #expect(issue.message.contains("inflöde"))
        #expect(try DatabaseState(workspace) == before)

        // Naming the feed explicitly makes the same file importable.
        let report = try workspace.importer.run([ImportRequest(path: path, feed: .inflow)])
        #expect(report.files.map(\.feed) == [.inflow])
        #expect(try workspace.store.summary().inflow.rowCount == 1)
    }
}
