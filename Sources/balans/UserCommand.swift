import ArgumentParser
import Credentials
import Foundation
import NodeStore
import PlanningDomain

/// `balans user …`: the node's local users and their API tokens (offline, on the node's database).
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Hantera regionnodens användare och API-nycklar.",
        subcommands: [Add.self, List.self, Token.self, Revoke.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lägg till en användare.",
            discussion: """
                Roller: admin, analyst (produktionsanalytiker), strategic, tactical, operational. Chefer (strategic, \
                tactical, operational) ansvarar för en enhet och dess underenheter: ange --enhet. Lösenordet läses \
                från miljövariabeln BALANS_PASSWORD eller från standard in (minst 10 tecken).
                """)

        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String
        @Option(name: [.customLong("username"), .customLong("anvandare")], help: "Inloggningsnamn.")
        var username: String
        @Option(name: [.customLong("name"), .customLong("namn")], help: "Namn som visas.")
        var name: String
        @Option(name: [.customLong("role"), .customLong("roll")], help: "Roll.")
        var role: String
        @Option(name: [.customLong("unit"), .customLong("enhet")], help: "Enhet som en chef ansvarar för.")
        var unit: String?

        func run() throws {
            guard let role = NodeRole(rawValue: role) else {
                throw ValidationError(
                    "Okänd roll \(role). Välj en av: \(NodeRole.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            let password =
                ProcessInfo.processInfo.environment["BALANS_PASSWORD"]
                ?? (readLine(strippingNewline: true) ?? "")
            let store = try NodeStore.open(path: database)
            do {
                try store.addUser(
                    NodeUser(username: username, displayName: name, role: role, unitCode: unit), password: password,
                    at: Date())
            } catch let error as NodeUserError {
                throw Refusal(error.message)
            }
            print("Användaren \(username) (\(role.swedishLabel)\(unit.map { ", \($0)" } ?? "")) är skapad.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lista användarna.")
        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String

        func run() throws {
            for user in try NodeStore.open(path: database).users() {
                print(
                    "\(user.username)\t\(user.displayName)\t\(user.role.swedishLabel)\t\(user.unitCode ?? "hela regionen")"
                )
            }
        }
    }

    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Skapa en API-nyckel för skript som agerar som en användare (visas bara en gång).")
        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String
        @Option(name: [.customLong("username"), .customLong("anvandare")], help: "Användaren nyckeln agerar som.")
        var username: String
        @Option(help: "Vad nyckeln är till för.")
        var label: String = "skript"

        func run() throws {
            do {
                print(
                    try NodeStore.open(path: database).issueAPIToken(username: username, label: label, at: Date())
                        .secret)
            } catch let error as NodeUserError {
                throw Refusal(error.message)
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Återkalla en API-nyckel (ange dess fingeravtryck).")
        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String
        @Option(help: "De 12 första tecknen av nyckelns SHA-256 (visas i webbgränssnittet).")
        var fingerprint: String

        func run() throws {
            let count = try NodeStore.open(path: database).revokeAPIToken(fingerprint: fingerprint, at: Date())
            guard count > 0 else { throw Refusal("Ingen giltig nyckel har fingeravtrycket \(fingerprint).") }
            print("Återkallade \(count) nyckel.")
        }
    }
}
