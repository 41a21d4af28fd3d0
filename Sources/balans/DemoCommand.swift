import ArgumentParser
import Forecasting
import Foundation
import Hub
import HubStore
import Hummingbird
import Logging
import NodeStore
import PlanningDomain
import RegionNode
import ServiceLifecycle
import SyntheticData
import UnixSignals

/// `balans demo`: the whole network on loopback with synthetic data — a hub and three region nodes in one process,
/// each with its own SQLite file under the data folder, prepared as regions would work (history, forecast, agreed
/// plan, outcome with deviations and comments), then served until Ctrl-C.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Visa hela Balans-nätverket med syntetiska data: en hubb och tre regionnoder på den här datorn.",
        discussion: """
            Skapar (eller återanvänder) demodata i --data, startar hubben och tre regionnoder och skriver ut adresser \
            och inloggningar. Stoppa med Ctrl-C. --reset skapar om allt från början.
            """)

    @Option(name: [.customLong("data")], help: "Katalog för demodata.")
    var dataDirectory: String = "demo-data"

    @Option(help: "Länskoder för demoregionerna (tre grannregioner av olika storlek).")
    var regions: [String] = ["05", "06", "08"]

    @Flag(help: "Töm demokatalogen först (annars återanvänds befintliga databaser).")
    var reset = false

    @Option(help: "Skalfaktor på volymerna.")
    var scale: Double = 1

    @Option(help: "Hubbens port (0 = välj en ledig).")
    var hubPort: Int = 8090

    @Option(help: "Första regionnodens port; de andra får nästa portar (0 = välj lediga).")
    var nodePort: Int = 8081

    @Flag(help: "Avsluta efter demorundan i stället för att vänta på Ctrl-C (för tester).")
    var exitAfterRound = false

    /// Lower PBKDF2 cost for the demo users in tests (debug builds hash slowly); never lower for real users.
    @Option(help: .hidden)
    var passwordRounds: Int = 600_000

    func validate() throws {
        for code in regions where SwedishRegion.withCode(code) == nil {
            throw ValidationError("Okänd länskod \"\(code)\".")
        }
        guard Set(regions).count == regions.count, !regions.isEmpty else {
            throw ValidationError("Ange olika länskoder, t.ex. --regions 05 --regions 06 --regions 08.")
        }
    }

    func run() async throws {
        bootstrapLogging(level: .warning)
        let fileManager = FileManager.default
        if reset { try? fileManager.removeItem(atPath: dataDirectory) }
        try fileManager.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        printNow(SyntheticRegion.label)
        printNow("Demodata i \(dataDirectory)/\n")

        let lastWeek = DemoClock.previousWeek()
        var nodes: [(code: String, store: NodeStore)] = []
        for (index, code) in regions.enumerated() {
            nodes.append((code, try prepareNode(code: code, seed: UInt64(index + 1), lastWeek: lastWeek)))
        }
        let hubStore = try DemoHub.prepare(
            path: "\(dataDirectory)/hub/hub.sqlite", regions: regions, rounds: passwordRounds)
        if let seeded = try DemoNetworkSeed.run(store: hubStore, regions: regions, week: lastWeek) {
            printNow(
                "Hubben: lärande exempel publicerat (\"\(seeded.exampleTitle)\"); kapacitetsförfrågan från "
                    + "\(seeded.requester) besvarad av \(seeded.provider), överenskommelse \(seeded.agreement).")
        }

        let syncNodes = try DemoSync.register(nodes: nodes, hub: hubStore, dataDirectory: dataDirectory)
        let addresses = DemoAddresses()
        let logger = Logger(label: "balans.demo")
        let publisher = ComparisonPublisher(store: hubStore, logger: logger)
        var services: [any Service] = [
            buildHubApplication(
                configuration: HubServerConfiguration(port: hubPort), store: hubStore, comparisonPublisher: publisher,
                logger: logger, onRunning: { port in await addresses.set("hub", port) }),
            publisher,
        ]
        for (index, node) in nodes.enumerated() {
            let code = node.code
            services.append(
                buildNodeApplication(
                    configuration: NodeServerConfiguration(
                        port: nodePort == 0 ? 0 : nodePort + index, isSyntheticData: true),
                    store: node.store, logger: logger, onRunning: { port in await addresses.set(code, port) }))
        }
        let expected = regions.count + 1
        let regions = regions
        let exitAfterRound = exitAfterRound
        let holder = GroupHolder()
        let round = DemoRound(
            addresses: addresses, expected: expected,
            round: { ports in
                if let hubPort = ports["hub"] {
                    for line in await DemoSync.round(syncNodes, hubPort: hubPort) { printNow(line) }
                }
                DemoText.printWelcome(ports: ports, regions: regions)
                // With --exit-after-round the demo shuts down the way Ctrl-C does: gracefully, in order.
                if exitAfterRound { await holder.shutDown() }
            })
        let group = ServiceGroup(
            configuration: .init(
                services: services + [round], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        await holder.set(group)
        try await group.run()
        printNow("Demon har stängts.")
    }

    /// Generates, imports and prepares one region's node, or reuses its database.
    func prepareNode(code: String, seed: UInt64, lastWeek: ISOWeek) throws -> NodeStore {
        let region = SwedishRegion.withCode(code)!
        let directory = "\(dataDirectory)/\(code)"
        let database = "\(directory)/region.sqlite"
        if FileManager.default.fileExists(atPath: database) {
            printNow("\(region.name): återanvänder \(database) (kör med --reset för att skapa om).")
            return try NodeStore.open(path: database)
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let store = try NodeStore.open(path: database)
        let generated = SyntheticRegionGenerator.generate(
            SyntheticRegionConfiguration(regionCode: code, seed: seed, lastWeek: lastWeek, years: 3, scale: scale))
        let report = try DemoRegionPreparation(
            store: store, now: { Date() }, methods: BuiltInMethods.candidates(for: .weekly)
        ).run(region: generated, filesDirectory: "\(directory)/filer", passwordRounds: passwordRounds)
        printNow(
            "\(region.name): \(RegionStatusText.grouped(report.importedRecords)) poster, prognos för "
                + "\(report.forecastObjects) planeringsobjekt, produktionsplan \(report.planID) överenskommen, "
                + "\(report.deviationsOpened) avvikelser (\(report.deviationsCommented) kommenterade) på "
                + String(format: "%.1f s.", report.seconds))
        return store
    }
}

/// The ports the servers bound, filled in as each starts.
actor DemoAddresses {
    private(set) var ports: [String: Int] = [:]

    func set(_ name: String, _ port: Int) {
        ports[name] = port
    }
}

/// Waits for every server to listen, runs the demo round, then waits for the shutdown.
struct DemoRound: Service {
    let addresses: DemoAddresses
    let expected: Int
    let round: @Sendable ([String: Int]) async throws -> Void

    func run() async throws {
        while await addresses.ports.count < expected {
            try await Task.sleep(for: .milliseconds(20))
        }
        try await round(await addresses.ports)
        try await gracefulShutdown()
    }
}

/// Lets the round trigger the group's graceful shutdown.
actor GroupHolder {
    private var group: ServiceGroup?

    func set(_ group: ServiceGroup) {
        self.group = group
    }

    func shutDown() async {
        await group?.triggerGracefulShutdown()
    }
}
