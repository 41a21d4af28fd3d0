import ArgumentParser
import Foundation
import NodeStore
import PlanningDomain
import RegionNode

/// `balans plan`: production plans from the forecast — balance against capacity, agree, compare scenarios.
struct PlanningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Produktionsplaner: skapa från prognosen, balansera mot kapaciteten, kom överens, jämför scenarier.",
        discussion: """
            Arbetsgång: plan create → plan balance → plan action add → plan propose → plan agree (taktisk och \
            strategisk nivå, två olika personer). En överenskommen version kan inte ändras: skapa en ny version \
            med plan new-version.
            """,
        subcommands: [
            PlanCreateCommand.self, PlanShowCommand.self, PlanBalanceCommand.self, PlanActionCommand.self,
            PlanProposeCommand.self, PlanAgreeCommand.self, PlanRejectCommand.self, PlanEditCommand.self,
            PlanNewVersionCommand.self, PlanScenarioCommand.self, PlanGoalCommand.self, PlanDaysCommand.self,
            PlanAcuteCommand.self, PlanReshapeCommand.self, PlanFloorCommand.self, PlanWaitingCommand.self,
            PlanResourceUseCommand.self,
        ])
}

/// The database and the plan every plan command works on.
struct PlanTarget: ParsableArguments {
    @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
    var database: String

    @Option(name: .customLong("plan"), help: "Produktionsplanens id.")
    var plan: Int64

    func service() throws -> PlanService {
        PlanService(store: try NodeStore.open(path: database), now: { Date() })
    }
}

/// Runs a plan command, turning the service's refusals into a Swedish message and a non-zero exit.
func planStep<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as PlanServiceError {
        throw Refusal(error.description)
    }
}

/// Parses "2026-W48".
func parsePlanWeek(_ text: String) throws -> ISOWeek {
    switch ISOWeek.parse(text) {
    case .success(let week): return week
    case .failure(let error): throw ValidationError("Veckan \"\(text)\" kan inte läsas: \(error)")
    }
}

/// Parses taktisk, strategisk or operativ.
func parsePlanningLevel(_ text: String) throws -> PlanningLevel {
    switch text.lowercased() {
    case "taktisk", "tactical": return .tactical
    case "strategisk", "strategic": return .strategic
    case "operativ", "operational": return .operational
    default: throw ValidationError("Nivån \"\(text)\" finns inte; ange taktisk, strategisk eller operativ.")
    }
}

struct PlanCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Skapa en produktionsplan för 12 rullande månader från den senaste inflödesprognosen.")

    @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
    var database: String

    @Option(help: "Enhetens kod: planen omfattar planeringsobjekten i enheten och under den.")
    var unit: String

    @Option(help: "Planens namn.")
    var name: String

    @Option(help: "Första vecka, t.ex. 2026-W48 (standard: prognosens första vecka).")
    var startWeek: String?

    @Option(help: "Användare som skapar planen.")
    var user: String = "planerare"

    @Option(help: "Väntelistemål: andel (%) som ska ha väntat högst --goal-days dagar, t.ex. 90.")
    var goalShare: Double?

    @Option(help: "Väntelistemål: gräns i dagar (standard 90, vårdgarantin).")
    var goalDays: Double = 90

    @Option(help: "Väntelistemål: veckan då målet ska vara nått, t.ex. 2027-W26.")
    var goalBy: String?

    func validate() throws {
        if (goalShare == nil) != (goalBy == nil) {
            throw ValidationError("Ett väntelistemål behöver både --goal-share och --goal-by.")
        }
        if let goalShare, !(goalShare > 0 && goalShare < 100) {
            throw ValidationError("--goal-share ska vara en andel i procent, större än 0 och mindre än 100.")
        }
    }

    func run() throws {
        let service = PlanService(store: try NodeStore.open(path: database), now: { Date() })
        let start = try startWeek.map(parsePlanWeek)
        var goal: PlanWaitingGoal?
        if let goalShare, let goalBy {
            guard let target = TargetWait(share: goalShare / 100, limit: Quantity(goalDays / 7)) else {
                throw ValidationError("Väntelistemålet är inte giltigt: kontrollera --goal-share och --goal-days.")
            }
            goal = PlanWaitingGoal(target: target, deadline: try parsePlanWeek(goalBy))
        }
        let report = try planStep {
            try service.create(unitCode: unit, name: name, startWeek: start, user: user, goal: goal)
        }
        print(PlanReportText.created(report, name: name))
        if goal != nil {
            print(
                "Väntelistemålet ger extra produktion för \(report.objectsWithGoal) planeringsobjekt, totalt "
                    + "\(Int(report.goalExtraVolume.rounded())) (utöver prognosen).")
        }
    }
}

struct PlanShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Visa versioner, överenskommelser, historik, kvartalssummor och mål.")

    @OptionGroup var target: PlanTarget

    @Option(help: "Version (standard: den senaste).")
    var version: Int?

    func run() throws {
        let service = try target.service()
        try planStep {
            let plan = try service.plan(target.plan)
            let chosen = try service.version(of: plan, version)
            print(
                PlanReportText.show(
                    plan, version: chosen, deviations: try service.goalDeviations(plan, version: chosen)))
        }
    }
}

struct PlanBalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Kapacitetsbehov mot tillgänglig kapacitet: begränsande resurser och underskott.",
        discussion: """
            Resursåtgången skattas per enhet och resurs från importerad produktion och kapacitetsflödets \
            tillgängliga timmar; där historiken inte räcker används standardvärden (besök: LAK 30 min, telefon: \
            SSK 15 min, video: LAK 20 min, operation: OPSAL 120 + LAK 120 min, slutenvård: LAK 30 + SSK 120 min \
            och vårdplatser via 4 dagars vårdtid vid 85 % beläggning). Tillgänglig kapacitet för planens veckor \
            är samma vecka föregående år i kapacitetsflödet (planerat − frånvaro).
            """)

    @OptionGroup var target: PlanTarget

    @Option(help: "Version (standard: den senaste).")
    var version: Int?

    @Option(help: "Period: vecka, månad eller kvartal.")
    var by: String = "månad"

    func run() throws {
        let granularity: BalancePeriod.Granularity =
            switch by.lowercased() {
            case "vecka", "week": .week
            case "kvartal", "quarter": .quarter
            case "månad", "manad", "month": .month
            default: throw ValidationError("--by ska vara vecka, månad eller kvartal, inte \"\(by)\".")
            }
        let service = try target.service()
        let report = try planStep { try service.balance(planID: target.plan, version: version, by: granularity) }
        print(PlanReportText.balance(report))
    }
}
