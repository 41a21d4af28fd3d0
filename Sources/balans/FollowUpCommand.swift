import ArgumentParser
import Foundation
import NodeStore
import PlanningDomain
import RegionNode

/// `balans follow-up …`: outcome vs the agreed plans, the weekly round and the deviation register.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up", abstract: "Följ upp utfall mot överenskommen plan och hantera avvikelser.",
        subcommands: [Show.self, Round.self, Deviations.self, Comment.self, Resolve.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa utfall mot plan hittills i år, och de tre planeringsobjekt som ligger mest efter.")
        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String
        @Option(name: [.customLong("unit"), .customLong("enhet")], help: "Enhet (standard: hela regionen).")
        var unit: String?

        func run() throws {
            let service = FollowUpService(store: try NodeStore.open(path: database), now: { Date() })
            let followUp = try refusing { try service.production() }
            let tree = followUp.figures.tree
            let scope = unit ?? tree.rootCode
            let period = FollowUpPeriod.yearToDate(through: followUp.weeks.upperBound)
            let total = try followUp.figures.figures(for: .unit(scope), in: period)
            print("Uppföljning \(followUp.weeks.lowerBound)–\(followUp.weeks.upperBound) för \(scope)")
            print(
                "Planer: "
                    + followUp.plans.map { "\($0.name) (plan \($0.id), version \($0.version))" }.joined(separator: ", ")
            )
            print(line("Totalt", total.all))
            if total.lowProductionWeekCount > 0 {
                print(line("  varav normalveckor", total.normalWeeks))
                print(line("  varav lågproduktionsveckor", total.lowProductionWeeks))
            }
            print("Mest efter plan:")
            for row in try followUp.figures.furthestBehind(under: scope, in: period, count: 3) {
                print(line("  \(row.scope.code) \(row.name)", row.figures.all))
            }
        }

        func line(_ label: String, _ figures: PlannedActual) -> String {
            let share = figures.relativeDeviation.map { String(format: " (%+.1f %%)", $0 * 100) } ?? ""
            return "\(label): plan \(Int(figures.planned.rounded())), utfall \(Int(figures.actual.rounded())), "
                + "avvikelse \(Int(figures.deviation.rounded()))\(share)"
        }
    }

    struct Round: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Kör veckans uppföljningsrunda: öppna avvikelser för veckan och eskalera olösta.")
        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String
        @Option(name: [.customLong("week"), .customLong("vecka")], help: "Vecka, t.ex. 2026-W12.")
        var week: String
        @Option(name: [.customLong("user"), .customLong("anvandare")], help: "Vem som kör rundan.")
        var user: String = "analytiker"

        func run() throws {
            guard case .success(let week) = ISOWeek.parse(week) else {
                throw ValidationError("Veckan \(self.week) kan inte läsas; skriv t.ex. 2026-W12.")
            }
            let service = FollowUpService(store: try NodeStore.open(path: database), now: { Date() })
            let effects = try refusing { try service.runRound(week: week, actor: user) }
            let opened = effects.filter { if case .itemOpened = $0 { true } else { false } }.count
            let escalated = effects.filter { if case .escalated = $0 { true } else { false } }.count
            print("Vecka \(week): \(opened) nya avvikelser, \(escalated) eskalerade.")
        }
    }

    struct Deviations: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lista avvikelserna.")
        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String

        func run() throws {
            let register = try FollowUpService(store: try NodeStore.open(path: database), now: { Date() }).register()
            for item in register.items.values.sorted(by: { $0.id < $1.id }) {
                let figures = item.opening.figures.map {
                    " plan \(Int($0.planned.rounded())) utfall \(Int($0.actual.rounded()))"
                }
                print("\(item.id)\t\(item.status.swedishName)\thos \(item.responsibleUnitCode)\(figures ?? "")")
            }
        }
    }

    struct Comment: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Kommentera en avvikelse: orsak, åtgärd, ansvarig.")
        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String
        @Option(help: "Avvikelsens id, t.ex. ORT-NYB-LAK-P2@2026-W12.")
        var id: String
        @Option(name: [.customLong("cause"), .customLong("orsak")], help: "Orsak.")
        var cause: String
        @Option(name: [.customLong("action"), .customLong("atgard")], help: "Åtgärd.")
        var action: String
        @Option(name: [.customLong("owner"), .customLong("ansvarig")], help: "Ansvarig (roll).")
        var owner: String
        @Option(name: [.customLong("user"), .customLong("anvandare")], help: "Vem som kommenterar.")
        var user: String

        func run() throws {
            let service = FollowUpService(store: try NodeStore.open(path: database), now: { Date() })
            try refusing { try service.comment(id: id, cause: cause, action: action, owner: owner, by: user) }
            print("Avvikelsen \(id) är kommenterad.")
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Markera en avvikelse som åtgärdad.")
        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String
        @Option(help: "Avvikelsens id.")
        var id: String
        @Option(name: [.customLong("note"), .customLong("notering")], help: "Vad som gjordes.")
        var note: String
        @Option(name: [.customLong("user"), .customLong("anvandare")], help: "Vem.")
        var user: String

        func run() throws {
            let service = FollowUpService(store: try NodeStore.open(path: database), now: { Date() })
            try refusing { try service.resolve(id: id, note: note, by: user) }
            print("Avvikelsen \(id) är åtgärdad.")
        }
    }
}

/// Runs `body`, turning the follow-up's refusals into a plain Swedish sentence without usage text.
func refusing<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as FollowUpServiceError {
        throw Refusal(error.description)
    }
}
