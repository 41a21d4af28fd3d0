import ArgumentParser
import Credentials
import Foundation
import Hub
import HubStore
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

        @Option(name: [.customLong("database"), .customLong("databas")], help: "Hubbens SQLite-fil.")
        var database: String

        @Option(help: "Adress att lyssna på.")
        var host: String = "127.0.0.1"

        @Option(help: "Port (0 = välj en ledig; den skrivs ut).")
        var port: Int = 8090

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("Porten ska vara 0–65535.") }
        }

        func run() async throws {
            bootstrapLogging()
            let logger = Logger(label: "balans.hub")
            let store = try HubStore.open(path: database)
            try store.ensureTenants(
                regions: SwedishRegion.all, agencyCode: HubCommand.agencyCode, agencyName: HubCommand.agencyName)
            try store.seedCatalogue(agencyCode: HubCommand.agencyCode, at: Date())
            let host = host
            let app = buildHubApplication(
                configuration: HubServerConfiguration(host: host, port: port), store: store, logger: logger,
                onRunning: { port in
                    FileHandle.standardOutput.write(Data("Hubben lyssnar på http://\(host):\(port)\n".utf8))
                })
            let group = ServiceGroup(
                configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
            print("Hubben har stängts.")
        }
    }
}

/// Logs on standard error at `level`, once per process.
func bootstrapLogging(level: Logger.Level = .info) {
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = level
        return handler
    }
}
