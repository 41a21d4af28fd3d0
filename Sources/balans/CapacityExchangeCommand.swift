import ArgumentParser
import Foundation
import NodeStore
import PlanningDomain
import RegionNode
import ServerSupport
import WireProtocol

/// `balans exchange …`: the capacity exchange from the node's database: list what the hub last sent, and act
/// (post a request or offer, accept, withdraw, report a delivery). Actions wait in the outbox for the next sync.
struct CapacityExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange", abstract: "Kapacitetsutbytet: lista läget och agera (skickas vid nästa synk).",
        subcommands: [List.self, Act.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista förfrågningar, erbjudanden, förslag, överenskommelser och regionens åtgärder.")
        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String

        func run() throws {
            let overview = try ExchangeService(store: try NodeStore.open(path: database), now: { Date() }).overview()
            print("Region: \(overview.regionCode ?? "okänd")")
            for state in overview.states {
                let weeks = state.firstWeek == state.lastWeek ? state.firstWeek : "\(state.firstWeek)–\(state.lastWeek)"
                print(
                    "\(state.kind.rawValue)\t\(state.id)\tv\(state.version)\t\(state.status)\t\(state.region)"
                        + "\t\(state.specialty)\t\(state.count) \(state.unit)\t\(weeks)")
            }
            for action in overview.actions {
                let state: String =
                    switch action.state {
                    case .waiting: "väntar på synk"
                    case .confirmed: "genomförd"
                    case .refused(let reason, let message): "avvisad (\(reason)): \(message)"
                    }
                print("åtgärd\t\(action.kind)\t\(action.subject)\t\(action.createdBy)\t\(state)")
            }
        }
    }

    struct Act: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "act",
            abstract: "Gör en åtgärd: request, offer, propose, accept-offer, accept-proposal, decline-proposal, "
                + "withdraw, close, delivery, complete eller cancel.")
        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String
        @Argument(help: "Åtgärden, t.ex. offer eller accept-offer.")
        var action: String
        @Option(help: "Posten åtgärden gäller (id).") var subject: String?
        @Option(help: "Specialitet.") var specialty: String?
        @Option(help: "Planeringsobjektgrupp.") var group: String?
        @Option(help: "visits, operations eller bedDays.") var unit: String?
        @Option(help: "Volym (heltal).") var count: Int?
        @Option(help: "Första vecka, t.ex. 2026-W10.") var firstWeek: String?
        @Option(help: "Sista vecka.") var lastWeek: String?
        @Option(help: "Vecka för en leverans.") var week: String?
        @Option(help: "high, normal eller low.") var priority: String?
        @Option(help: "neighbours, healthcareRegion eller national.") var radius: String?
        @Option(help: "Villkor (fritext, inga patientuppgifter).") var conditions: String?
        @Option(help: "Skäl eller kommentar.") var comment: String?
        @Option(help: "Regionens egen förfrågan som ett accepterat erbjudande gäller.") var requestID: String?
        @Option(name: [.customLong("user"), .customLong("anvandare")], help: "Vem som agerar (loggas hos navet).")
        var user: String = "analytiker"

        func run() throws {
            let service = ExchangeService(store: try NodeStore.open(path: database), now: { Date() })
            let input = ExchangeActionInput(
                action: action, subject: subject, specialty: specialty, planningObjectGroup: group, unit: unit,
                count: count, firstWeek: firstWeek, lastWeek: lastWeek, week: week, priority: priority,
                radius: radius, conditions: conditions, comment: comment, requestID: requestID)
            // An operator on the node's own database acts as the region's analyst.
            let actor = NodeUser(username: user, displayName: user, role: .analyst, unitCode: nil)
            do {
                let key = try service.perform(input, by: actor)
                print("Sparad som \(key.rawValue); väntar på synk med navet.")
            } catch let error as APIError {
                throw Refusal(error.message)
            }
        }
    }
}
