import ArgumentParser
import Forecasting
import Foundation
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData

/// `balans demo`: the newcomer's path through what works today.
///
/// For now: generates three synthetic regions of one healthcare region, imports each into its own node
/// database, forecasts inflow for every planning object and prints what each holds. The hub, web UI and sync
/// join this command as they land.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Visa Balans med syntetiska data: tre regioner genereras, importeras och summeras.")

    @Option(name: [.customLong("data")], help: "Katalog för demodata.")
    var dataDirectory: String = "demo-data"

    @Option(help: "Länskoder för demoregionerna.")
    var regions: [String] = ["05", "06", "08"]

    @Flag(help: "Töm demokatalogen först (annars återanvänds befintliga databaser).")
    var reset = false

    @Option(help: "Skalfaktor på volymerna.")
    var scale: Double = 1

    func validate() throws {
        for code in regions where SwedishRegion.withCode(code) == nil {
            throw ValidationError("Okänd länskod \"\(code)\".")
        }
    }

    func run() throws {
        let fileManager = FileManager.default
        if reset { try? fileManager.removeItem(atPath: dataDirectory) }
        let lastWeek = DemoClock.previousWeek()
        print(SyntheticRegion.label)
        print("Demodata i \(dataDirectory)/ (sista historikvecka \(lastWeek))\n")
        for (index, code) in regions.enumerated() {
            let region = SwedishRegion.withCode(code)!
            let directory = "\(dataDirectory)/\(code)"
            let database = "\(directory)/region.sqlite"
            print("== \(region.name) (\(code)) ==")
            if !reset, fileManager.fileExists(atPath: database) {
                print("Återanvänder \(database) (kör med --reset för att skapa om).")
            } else {
                let configuration = SyntheticRegionConfiguration(
                    regionCode: code, seed: UInt64(index + 1), lastWeek: lastWeek, years: 3, scale: scale)
                let generated = SyntheticRegionGenerator.generate(configuration)
                let files = try SyntheticRegionWriter.write(generated, to: "\(directory)/import")
                let store = try NodeStore.open(path: database)
                let started = Date()
                let report = try RegionImporter(store: store, now: { Date() }).run(
                    files.map { ImportRequest(path: $0) })
                let seconds = Date().timeIntervalSince(started)
                print(
                    "Importerade \(RegionStatusText.grouped(report.receipt.recordCount)) poster från "
                        + "\(files.count) filer på \(String(format: "%.1f", seconds)) s.")
                let forecastStarted = Date()
                let forecast = try ForecastService(
                    store: store, methods: BuiltInMethods.candidates(for: .weekly), now: { Date() }
                ).run(ForecastRunRequest(horizon: 52))
                let methods = forecast.methodCounts.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }
                print(
                    "Behovsprognos för \(forecast.objectCount) planeringsobjekt, 52 veckor, på "
                        + "\(String(format: "%.1f", Date().timeIntervalSince(forecastStarted))) s "
                        + "(\(methods.joined(separator: ", "))).")
            }
            print(RegionStatusText.render(try NodeStore.open(path: database).summary()))
            print("Databas: \(database)\n")
        }
        let first = "\(dataDirectory)/\(regions[0])/region.sqlite"
        let balans = CommandLine.arguments[0]
        print("Klart. Visa en region igen med: \(balans) status --database \(first)")
        print("Se hur en prognos valdes: \(balans) forecast --database \(first) --explain R\(regions[0])")
    }
}
