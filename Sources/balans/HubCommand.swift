import ArgumentParser
import Credentials
import Foundation
import Hub
import HubStore
import Hummingbird
import Logging
import PlanningDomain
import ServerSupport
import ServiceLifecycle
import UnixSignals

/// `balans hub …`: the agency's multi-tenant hub.
struct HubCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hub", abstract: "Kör och administrera nätverkets hubb.",
        subcommands: [Initialise.self, Serve.self, IssueCredential.self, AddUser.self])

    /// The agency tenant's code and name.
    static let agencyCode = "agency"
    static let agencyName = "Nationella myndigheten (PKS-nätverket)"

    struct Initialise: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Skapa hubbens databas med alla 21 regioner och myndigheten som hyresgäster.",
            discussion: "Körs om utan skada. Skriver ut en administratörsnyckel första gången (visas bara en gång).")

        @Option(name: [.customLong("database"), .customLong("databas")], help: "Hubbens SQLite-fil.")
        var database: String

        func run() throws {
            let store = try HubStore.open(path: database)
            let hadAdmin = try store.tenant(code: HubCommand.agencyCode) != nil
            try store.ensureTenants(
                regions: SwedishRegion.all, agencyCode: HubCommand.agencyCode, agencyName: HubCommand.agencyName)
            try store.seedCatalogue(agencyCode: HubCommand.agencyCode, at: Date())
            print("Hubbens databas \(database): \(try store.tenants().count) hyresgäster.")
            if !hadAdmin {
                let issued = try store.issueCredential(
                    tenantCode: HubCommand.agencyCode, role: .agencyAdmin, label: "Första administratören", at: Date())
                print("Administratörsnyckel (visas bara nu, spara den säkert):\n\(issued.token.secret)")
            }
        }
    }

    struct IssueCredential: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "credential",
            abstract: "Utfärda en nyckel för en regionnod, en regionanvändare eller myndigheten (offline).")

        @Option(name: [.customLong("database"), .customLong("databas")], help: "Hubbens SQLite-fil.")
        var database: String

        @Option(help: "Hyresgästens kod: regionkod (t.ex. 05) eller agency.")
        var tenant: String

        @Option(help: "Roll: region-node, region-user, agency-curator eller agency-admin.")
        var role: String

        @Option(help: "Vad nyckeln är till för.")
        var label: String

        @Option(help: "Nodens publika Ed25519-nyckel (base64) för signerade batcher.")
        var publicKey: String?

        func run() throws {
            guard let role = HubRole(rawValue: role) else {
                throw ValidationError(
                    "Okänd roll \(role). Välj en av: \(HubRole.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            let store = try HubStore.open(path: database)
            do {
                let issued = try store.issueCredential(
                    tenantCode: tenant, role: role, label: label, publicKey: publicKey, at: Date())
                print(issued.token.secret)
            } catch let error as HubStoreError {
                throw Refusal(error.message)
            }
        }
    }

    struct AddUser: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "user",
            abstract: "Skapa en inloggning till hubbens webbgränssnitt (offline).",
            discussion: "Lösenordet läses från miljövariabeln BALANS_PASSWORD eller från standard in.")

        @Option(name: [.customLong("database"), .customLong("databas")], help: "Hubbens SQLite-fil.")
        var database: String

        @Option(help: "Hyresgästens kod: regionkod (t.ex. 05) eller agency.")
        var tenant: String

        @Option(help: "Användarnamn.")
        var username: String

        @Option(help: "Namn som visas.")
        var name: String

        @Option(help: "Roll: region-user, agency-curator eller agency-admin.")
        var role: String

        func run() throws {
            guard let role = HubRole(rawValue: role), role != .regionNode else {
                throw ValidationError("Okänd roll \(role). Välj region-user, agency-curator eller agency-admin.")
            }
            let password = ProcessInfo.processInfo.environment["BALANS_PASSWORD"] ?? readLine(strippingNewline: true)
            guard let password, password.count >= 8 else {
                throw Refusal(
                    "Lösenordet saknas eller är kortare än 8 tecken; ange det i BALANS_PASSWORD eller på standard in.")
            }
            let store = try HubStore.open(path: database)
            do {
                let created = try store.ensureUser(
                    tenantCode: tenant, username: username, displayName: name, role: role, password: password,
                    at: Date())
                print(
                    created
                        ? "Användaren \(username) är skapad." : "Användaren \(username) finns redan; inget ändrades.")
            } catch let error as HubStoreError {
                throw Refusal(error.message)
            }
        }
    }

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve", abstract: "Starta hubbens HTTP-server (JSON-API under /api/v1, /health, /ready).")

        @Option(help: "Konfigurationsfil (YAML), t.ex. Config/hub.yaml. Flaggorna nedan går före filen.")
        var config: String?

        @Option(
            name: [.customLong("database"), .customLong("databas")],
            help: "Hubbens SQLite-fil (storage.database; standard data/hub.sqlite).")
        var database: String?

        @Option(help: "Adress att lyssna på (server.host; standard 127.0.0.1).")
        var host: String?

        @Option(help: "Port (server.port; standard 8090; 0 = välj en ledig, den skrivs ut).")
        var port: Int?

        func validate() throws {
            if let port, !(0...65_535).contains(port) { throw ValidationError("Porten ska vara 0–65535.") }
        }

        func run() async throws {
            var configuration = try loadServerConfiguration(HubConfiguration.self, file: config)
            if let database { configuration.databasePath = database }
            if let host { configuration.listener.host = host }
            if let port { configuration.listener.port = port }
            bootstrapLogging(level: configuration.logLevel)
            let logger = Logger(label: "balans.hub")
            try createParentFolder(of: configuration.databasePath)
            let store = try HubStore.open(path: configuration.databasePath)
            try store.ensureTenants(
                regions: SwedishRegion.all, agencyCode: HubCommand.agencyCode, agencyName: HubCommand.agencyName)
            try store.seedCatalogue(agencyCode: HubCommand.agencyCode, at: Date())
            let listener = configuration.listener
            let publisher = ComparisonPublisher(store: store, logger: Logger(label: "balans.comparisons"))
            let router = buildHubRouter(
                configuration: HubServerConfiguration(
                    host: listener.host, port: listener.port, maximumBodyBytes: configuration.maximumBodyBytes),
                store: store, comparisonPublisher: publisher)
            let responder = InstrumentedResponder(
                router.buildResponder(), metrics: OperationalMetrics(), servesMetrics: configuration.metricsEnabled)
            let app = try refusingBadConfiguration {
                try buildServerApplication(
                    responder: responder, listener: listener, serverName: "balans-hub", logger: logger,
                    onRunning: { port in
                        let line = "Hubben lyssnar på \(listener.scheme)://\(listener.host):\(port)\n"
                        FileHandle.standardOutput.write(Data(line.utf8))
                    })
            }
            let expiry = ExchangeExpiryService(
                store: store, agencyCode: HubCommand.agencyCode, clock: ContinuousClock(), now: { Date() },
                logger: Logger(label: "balans.exchange"))
            let group = ServiceGroup(
                configuration: .init(
                    services: [app, expiry, publisher], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
            print("Hubben har stängts.")
        }
    }
}

/// Structured logs (logfmt: `time=… level=info logger=balans.hub msg=request http.status=200`) on standard
/// error at the configured level, once per process.
func bootstrapLogging(level: Logger.Level = .info) {
    LoggingSystem.bootstrap { label in LogfmtLogHandler(label: label, level: level) }
}
