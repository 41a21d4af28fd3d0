import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NodeStore
import RegionNode
import ServerSupport
import ServiceLifecycle
import UnixSignals

/// `balans node serve`: the region node's HTTP server (JSON API; the web UI joins later).
struct NodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "node", abstract: "Kör en regionnod.", subcommands: [Serve.self])

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Starta regionnodens HTTP-server (JSON-API under /api/v1, /health, /ready).",
            discussion: "Stängs snyggt av med SIGTERM eller Ctrl-C: pågående anrop får bli klara.")

        @Option(help: "Konfigurationsfil (YAML), t.ex. Config/node.yaml. Flaggorna nedan går före filen.")
        var config: String?

        @Option(
            name: [.customLong("database"), .customLong("databas")],
            help: "Regionens SQLite-fil (storage.database; standard data/region.sqlite).")
        var database: String?

        @Option(help: "Adress att lyssna på (server.host; standard 127.0.0.1).")
        var host: String?

        @Option(help: "Port (server.port; standard 8080; 0 = välj en ledig, den skrivs ut).")
        var port: Int?

        func validate() throws {
            if let port, !(0...65_535).contains(port) { throw ValidationError("Porten ska vara 0–65535.") }
        }

        func run() async throws {
            var configuration = try loadServerConfiguration(NodeConfiguration.self, file: config)
            if let database { configuration.databasePath = database }
            if let host { configuration.listener.host = host }
            if let port { configuration.listener.port = port }
            bootstrapLogging(level: configuration.logLevel)
            let logger = Logger(label: "balans.node")
            try createParentFolder(of: configuration.databasePath)
            let store = try NodeStore.open(path: configuration.databasePath)
            let listener = configuration.listener
            let databasePath = configuration.databasePath
            let router = buildNodeRouter(
                configuration: NodeServerConfiguration(
                    host: listener.host, port: listener.port, maximumUploadBytes: configuration.maximumUploadBytes,
                    authentication: configuration.authenticationRequired ? .required : .disabled),
                store: store)
            let responder = InstrumentedResponder(
                router.buildResponder(), metrics: OperationalMetrics(), servesMetrics: configuration.metricsEnabled)
            let app = try refusingBadConfiguration {
                try buildServerApplication(
                    responder: responder, listener: listener, serverName: "balans-node", logger: logger,
                    onRunning: { port in
                        // Written straight to the file handle so a supervising process sees it at once.
                        let line =
                            "Regionnoden lyssnar på \(listener.scheme)://\(listener.host):\(port) (databas \(databasePath))\n"
                        FileHandle.standardOutput.write(Data(line.utf8))
                    })
            }
            let group = ServiceGroup(
                configuration: .init(
                    services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
            print("Regionnoden har stängts.")
        }
    }
}
