import ArgumentParser
import ForecastPlugin
import Forecasting
import Foundation
import NodeStore
import PlanningDomain
import PluginHost
import RegionNode

/// `balans forecast`: forecasts inflow per planning object with automatic model selection, explains a forecast,
/// or pins a planner's choice of method.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Gör behovsprognoser per planeringsobjekt och vecka, och förklara hur modellen valdes.",
        discussion: """
            Utan flaggor: prognos för alla planeringsobjekt. Varje objekt får den metod som gav lägst MASE i en \
            backtest med rullande startpunkt, om inte en planerare har låst en metod (--pin). Körningen sparas med \
            metod, parametrar, backtest och indata; tidigare körningar finns kvar.
            """)

    @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
    var database: String

    @Option(help: "Antal veckor framåt (standard 52).")
    var horizon: Int = 52

    @Option(help: "Serie: inflode (standard) eller produktion.")
    var series: String = "inflode"

    @Option(name: .customLong("object"), help: "Bara detta planeringsobjekt (kan upprepas).")
    var objects: [String] = []

    @Option(help: "Bara planeringsobjekt i denna enhet och enheterna under den.")
    var unit: String?

    @Option(help: "Använd denna metod för alla objekt i körningen i stället för backtestens val.")
    var method: String?

    @Option(help: "Visa hur prognosen för ett planeringsobjekt (eller summan för en enhet) togs fram.")
    var explain: String?

    @Option(help: "Lås metod för ett planeringsobjekt: KOD=METOD.")
    var pin: String?

    @Option(help: "Ta bort en låsning: KOD.")
    var unpin: String?

    @Option(help: "Varför metoden låses (sparas med låsningen).")
    var reason: String?

    @Flag(help: "Lista tillgängliga metoder.")
    var methods = false

    @Option(help: "Katalog med prognospluginer (en underkatalog per plugin), t.ex. Plugins.")
    var plugins: String?

    @Option(
        help: "Tillåtelselista: en rad per plugin, \"id sha256\" (se balans plugin hash). Tom lista = inga pluginer.")
    var allowlist: String?

    @Option(help: "Längsta tid en plugin får köra per anrop, i sekunder.")
    var pluginDeadline: Int = 120

    func validate() throws {
        guard seriesValue != nil else { throw ValidationError("Serie ska vara inflode eller produktion.") }
        if let pin, pin.split(separator: "=").count != 2 {
            throw ValidationError("--pin skrivs KOD=METOD, t.ex. --pin ORT-NYB-LAK-P2=ets.")
        }
    }

    private var seriesValue: ActivitySeries? {
        switch series.lowercased() {
        case "inflode", "inflöde", "inflow": .inflow
        case "produktion", "production": .production
        default: nil
        }
    }

    func run() throws {
        let store = try NodeStore.open(path: database)
        let pluginLog = PluginRunLog()
        let candidates = BuiltInMethods.candidates(for: .weekly) + (try loadPlugins(log: pluginLog))
        if methods {
            for method in candidates { print("\(method.id) \(method.version)") }
            return
        }
        if let explain { return try printExplanation(explain, store: store) }
        if let pin {
            let parts = pin.split(separator: "=").map(String.init)
            guard candidates.contains(where: { $0.id == parts[1] }) else {
                throw ValidationError("Okänd metod \"\(parts[1])\". Se balans forecast --methods.")
            }
            let stamp = ISO8601DateFormatter().string(from: Date())
            guard try store.pinMethod(objectCode: parts[0], method: parts[1], at: stamp, reason: reason) else {
                throw ValidationError("Okänt planeringsobjekt \"\(parts[0])\".")
            }
            print("Metoden \(parts[1]) är låst för \(parts[0]). Nästa prognoskörning använder den.")
            return
        }
        if let unpin {
            let removed = try store.unpinMethod(objectCode: unpin)
            print(removed ? "Låsningen för \(unpin) är borttagen." : "\(unpin) hade ingen låst metod.")
            return
        }
        let service = ForecastService(store: store, methods: candidates, now: { Date() })
        let started = Date()
        do {
            let report = try service.run(
                ForecastRunRequest(
                    series: seriesValue!, horizon: horizon, objectCodes: objects.isEmpty ? nil : Set(objects),
                    unitCode: unit, method: method))
            let seconds = Date().timeIntervalSince(started)
            print(
                "Prognoskörning \(report.runID): \(report.objectCount) planeringsobjekt, \(report.horizon) veckor "
                    + "från \(report.lastHistoryWeek.adding(weeks: 1)), \(String(format: "%.1f", seconds)) s.")
            let counts = report.methodCounts.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }
            print("Valda metoder: \(counts.joined(separator: ", "))")
            if !report.notes.isEmpty { print("\(report.notes.count) objekt fick en reservmetod (se --explain).") }
            for (code, reason) in report.keptPrevious.sorted(by: { $0.key < $1.key }) { print("\(code): \(reason)") }
            reportPluginFailures(pluginLog)
        } catch let error as ForecastRunError {
            reportPluginFailures(pluginLog)
            throw Refusal(error.description)
        }
    }

    /// Allowlisted plugins under `--plugins` as candidate methods; others are named and skipped.
    private func loadPlugins(log: PluginRunLog) throws -> [any ForecastMethod] {
        guard let plugins else { return [] }
        let list: PluginAllowlist
        if let allowlist {
            list = try PluginAllowlist.parse(String(contentsOfFile: allowlist, encoding: .utf8))
        } else {
            list = .empty
        }
        let runner = PluginRunner(
            allowlist: list, configuration: PluginHostConfiguration(deadline: .seconds(pluginDeadline)))
        let folders = try FileManager.default.contentsOfDirectory(atPath: plugins).sorted()
        var methods: [any ForecastMethod] = []
        for folder in folders {
            let url = URL(fileURLWithPath: plugins).appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: url.appendingPathComponent("plugin.json").path) else {
                continue
            }
            do {
                let package = try PluginPackage.load(from: url)
                guard list.allows(pluginID: package.manifest.id, hash: package.hash) else {
                    print(
                        "Pluginen \(package.manifest.id) körs inte: den finns inte i tillåtelselistan. "
                            + "Lägg till raden \"\(package.allowlistEntry.line)\" om den är granskad.")
                    continue
                }
                methods.append(try PluginForecastMethod(plugin: package, runner: runner, log: log))
            } catch {
                print("Pluginen i \(folder) kan inte laddas: \(error)")
            }
        }
        return methods
    }

    private func reportPluginFailures(_ log: PluginRunLog) {
        for failure in log.failures.prefix(5) { print("Plugin \(failure.pluginID) misslyckades: \(failure.message)") }
        if log.failures.count > 5 { print("… och \(log.failures.count - 5) misslyckanden till.") }
    }

    private func printExplanation(_ code: String, store: NodeStore) throws {
        if let stored = try store.latestForecasts(seriesValue!, objectCodes: [code]).first {
            print(ForecastExplainText.render(stored))
            return
        }
        let master = try store.masterData()
        guard let unit = master.units.first(where: { $0.code == code }) else {
            throw ValidationError(
                "Ingen prognos för \"\(code)\". Kör balans forecast först, eller kontrollera koden.")
        }
        let tree = try OrganisationTree(units: master.units)
        let inUnit = Set(master.planningObjects.filter { tree.isWithin($0.unitCode, ancestor: code) }.map(\.code))
        let forecasts = try store.latestForecasts(seriesValue!, objectCodes: inUnit)
        guard !forecasts.isEmpty else { throw ValidationError("Inga prognoser för planeringsobjekt i \(code).") }
        print(ForecastExplainText.renderAggregate(unitCode: code, unitName: unit.name, forecasts: forecasts))
    }
}
