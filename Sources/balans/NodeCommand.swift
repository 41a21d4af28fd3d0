import ArgumentParser
import Credentials
import Foundation
import Hummingbird
import Logging
import NodeStore
import RegionNode
import ServerSupport
import ServiceLifecycle
import SyncEngine
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

        @Option(help: "Hubbens adress; med den synkar noden med hubben medan den kör.")
        var hub: String?

        @Option(help: "Fil med nodens nyckel för hubben (region-node).")
        var hubTokenFile: String?

        @Option(help: "Nodens Ed25519-signeringsnyckel (skapas med behörighet 0600 om den saknas).")
        var signingKey: String?

        @Option(help: "PEM-fil med utfärdarcertifikat att lita på för hubbens certifikat (hub.ca_file).")
        var hubCAFile: String?

        func validate() throws {
            if let port, !(0...65_535).contains(port) { throw ValidationError("Porten ska vara 0–65535.") }
            if hub != nil, hubTokenFile == nil || signingKey == nil {
                throw ValidationError("Med --hub behövs också --hub-token-file och --signing-key.")
            }
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
            let metrics = OperationalMetrics()
            var serverConfiguration = NodeServerConfiguration(
                host: listener.host, port: listener.port, maximumUploadBytes: configuration.maximumUploadBytes,
                authentication: configuration.authenticationRequired ? .required : .disabled)
            serverConfiguration.metrics = metrics
            let router = buildNodeRouter(configuration: serverConfiguration, store: store)
            let responder = InstrumentedResponder(
                router.buildResponder(), metrics: metrics, servesMetrics: configuration.metricsEnabled)
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
            var services: [any Service] = [app]
            if let sync = try syncConfiguration(configuration) {
                services.append(
                    SyncService(
                        configuration: sync, store: store, clock: ContinuousClock(), now: { Date() },
                        logger: Logger(label: "balans.sync"), metrics: metrics))
            }
            let group = ServiceGroup(
                configuration: .init(
                    services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
            print("Regionnoden har stängts.")
        }

        /// The sync settings from `--hub …` or else the configuration file's `hub` section (with
        /// `region.signing_key_file`); the key is read (or created) now, so a bad key fails at start.
        func syncConfiguration(_ configuration: NodeConfiguration) throws -> NodeSyncConfiguration? {
            let url: String
            let tokenFile: String
            let keyFile: String
            if let hub, let hubTokenFile, let signingKey {
                (url, tokenFile, keyFile) = (hub, hubTokenFile, signingKey)
            } else if let connection = configuration.hub {
                guard let key = signingKey ?? configuration.signingKeyFile else {
                    throw Refusal(
                        "Konfigurationen har hub.url men ingen region.signing_key_file: ange nodens signeringsnyckel "
                            + "(filen skapas om den saknas).")
                }
                (url, tokenFile, keyFile) = (connection.url, connection.tokenFile, key)
            } else {
                return nil
            }
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8),
                case let token = text.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty
            else { throw Refusal("Kunde inte läsa nyckeln för hubben i \(tokenFile).") }
            do {
                _ = try SigningKey.loadOrCreate(at: keyFile)
            } catch {
                throw Refusal(error.message)
            }
            var sync = NodeSyncConfiguration(
                hubURL: url, token: token, signingKeyPath: keyFile, regionCode: configuration.regionCode,
                pollIntervalSeconds: Int(configuration.syncInterval.components.seconds),
                upload: UploadConfiguration(
                    limits: BatchLimits(maxItems: configuration.syncBatchSize),
                    window: configuration.syncBatchesInFlight))
            sync.certificateAuthorityFile = hubCAFile ?? configuration.hub?.certificateAuthorityFile
            return sync
        }
    }
}
