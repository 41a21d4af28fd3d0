import ArgumentParser
import Credentials
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

        @Option(help: "Hubbens adress; med den synkar noden med hubben medan den kör.")
        var hub: String?

        @Option(help: "Fil med nodens nyckel för hubben (region-node).")
        var hubTokenFile: String?

        @Option(help: "Nodens Ed25519-signeringsnyckel (skapas med behörighet 0600 om den saknas).")
        var signingKey: String?

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("Porten ska vara 0–65535.") }
            if hub != nil, hubTokenFile == nil || signingKey == nil {
                throw ValidationError("Med --hub behövs också --hub-token-file och --signing-key.")
            }
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
            var services: [any Service] = [app]
            if let sync = try syncConfiguration() {
                services.append(
                    SyncService(
                        configuration: sync, store: store, clock: ContinuousClock(), now: { Date() },
                        logger: Logger(label: "balans.sync")))
            }
            let group = ServiceGroup(
                configuration: .init(
                    services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
            print("Regionnoden har stängts.")
        }

        /// The sync settings when `--hub` is given; the key is read (or created) now, so a bad key fails at start.
        func syncConfiguration() throws -> NodeSyncConfiguration? {
            guard let hub, let hubTokenFile, let signingKey else { return nil }
            guard let text = try? String(contentsOfFile: hubTokenFile, encoding: .utf8),
                case let token = text.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty
            else { throw Refusal("Kunde inte läsa nyckeln för hubben i \(hubTokenFile).") }
            do {
                _ = try SigningKey.loadOrCreate(at: signingKey)
            } catch {
                throw Refusal(error.message)
            }
            return NodeSyncConfiguration(hubURL: hub, token: token, signingKeyPath: signingKey)
        }
    }
}
