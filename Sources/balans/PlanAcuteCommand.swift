import ArgumentParser
import FeedFormats
import Foundation
import RegionNode

/// `balans plan acute`: dimension acute capacity per weekday and hour at a percentile of arrivals.
struct PlanAcuteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acute",
        abstract: "Akut dimensionering: kapacitet per veckodag och timme som täcker en vald percentil av ankomsterna.",
        discussion: """
            Filen har antingen kolumnerna datum;timme;ankomster (en rad per timme) eller tidpunkt (en rad per \
            ankomst, ÅÅÅÅ-MM-DD tt:mm). Timmar utan rader räknas som 0 ankomster.
            """)

    @Argument(help: "CSV-fil med ankomster.")
    var file: String

    @Option(help: "Percentil av ankomsterna som kapaciteten ska täcka, 1–100 (standard 85).")
    var percentile: Double = 85

    func validate() throws {
        guard percentile > 0, percentile <= 100 else { throw ValidationError("Percentilen ska vara 1–100.") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("Filen \(file) kan inte läsas.")
        }
        do {
            let arrivals = try AcuteArrivals(csv: [UInt8](data), name: (file as NSString).lastPathComponent)
            print(arrivals.dimension(percentile: percentile / 100).text)
        } catch let issue as FeedIssue {
            throw ValidationError(issue.description)
        }
    }
}
