import ArgumentParser
import FeedFormats
import Foundation
import NodeStore
import PlanningDomain
import RegionNode

/// `balans import`: reads region data files into the node database, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Importera regionens data (CSV eller .xlsx) till regionens databas – allt eller inget.",
        discussion: """
            Flödet avgörs av filnamnets början (enheter, resurser, planeringsobjekt, inflode, produktion, \
            vantelista, kapacitet) eller av --feed. Alla filer kontrolleras först; finns ett enda fel sparas \
            ingenting och alla fel skrivs ut med fil, rad, kolumn och värde. Se `balans feeds` för kolumnerna.
            """
    )

    @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil (skapas vid behov).")
    var database: String

    @Option(name: [.customLong("feed"), .customLong("flode")], help: "Flöde för alla filer: \(FeedKind.helpList).")
    var feed: String?

    @Option(name: [.customLong("sheet"), .customLong("blad")], help: "Blad i .xlsx-filer (standard: första bladet).")
    var sheet: String?

    @Option(
        name: [.customLong("snapshot-date"), .customLong("uttagsdatum")],
        help: "Uttagsdatum för väntelistefiler utan kolumnen uttagsdatum (ÅÅÅÅ-MM-DD).")
    var snapshotDate: String?

    @Argument(help: "Filer att importera.")
    var files: [String]

    func validate() throws {
        if let feed, FeedKind(name: feed) == nil {
            throw ValidationError("Okänt flöde \"\(feed)\". Välj ett av: \(FeedKind.helpList).")
        }
        if let snapshotDate, CivilDate.parse(snapshotDate) == nil {
            throw ValidationError("Uttagsdatum \"\(snapshotDate)\" är inget datum. Skriv ÅÅÅÅ-MM-DD.")
        }
        if files.isEmpty { throw ValidationError("Ange minst en fil att importera.") }
    }

    func run() throws {
        let store = try NodeStore.open(path: database)
        let importer = RegionImporter(store: store, progress: TerminalProgress(), now: { Date() })
        let requests = files.map { ImportRequest(path: $0, feed: feed.flatMap(FeedKind.init(name:)), sheet: sheet) }
        do {
            let report = try importer.run(
                requests, options: ImportOptions(snapshotDate: snapshotDate.flatMap(CivilDate.parse)))
            for file in report.files {
                var line = "  \(file.name): \(file.feed.swedishName), \(RegionStatusText.grouped(file.rowCount)) rader"
                if file.recordCount != file.rowCount {
                    line += " → \(RegionStatusText.grouped(file.recordCount)) poster"
                }
                if !file.ignoredColumns.isEmpty {
                    line += " (ignorerade kolumner: \(file.ignoredColumns.joined(separator: ", ")))"
                }
                print(line)
            }
            for (date, previous) in report.receipt.replacedSnapshots.sorted(by: { $0.key < $1.key }) {
                print("  Väntelistan per \(date) ersatte en tidigare ögonblicksbild med \(previous) poster.")
            }
            let unchanged = report.receipt.recordCount - report.receipt.changedCount
            print(
                "Importen är klar: \(RegionStatusText.grouped(report.receipt.recordCount)) poster, "
                    + "\(RegionStatusText.grouped(report.receipt.changedCount)) nya eller ändrade, "
                    + "\(RegionStatusText.grouped(max(0, unchanged))) oförändrade (import nr \(report.receipt.runID)).")
        } catch let error as FeedValidationError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            let count = error.issues.count + error.omittedCount
            FileHandle.standardError.write(
                Data("Importen avbröts: \(count) fel. Ingenting har sparats; rätta filerna och importera igen.\n".utf8))
            throw ExitCode(65)
        }
    }
}
