import ArgumentParser
import Foundation
import Logging
import NodeStore
import RegionNode
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

        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String

        @Option(help: "Adress att lyssna på.")
        var host: String = "127.0.0.1"

        @Option(help: "Port (0 = välj en ledig; den skrivs ut).")
        var port: Int = 8080

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("Porten ska vara 0–65535.") }
        }

        func run() async throws {
            bootstrapLogging()
            let logger = Logger(label: "balans.node")
            let store = try NodeStore.open(path: database)
            let host = host
            let app = buildNodeApplication(
                configuration: NodeServerConfiguration(host: host, port: port), store: store, logger: logger,
                onRunning: { port in
                    // Written straight to the file handle so a supervising process sees it at once.
                    let line = "Regionnoden lyssnar på http://\(host):\(port) (databas \(database))\n"
                    FileHandle.standardOutput.write(Data(line.utf8))
                })
            let group = ServiceGroup(
                configuration: .init(
                    services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
            print("Regionnoden har stängts.")
        }
    }
}
