import ArgumentParser
import Foundation
import NodeStore
import PlanningDomain
import RegionNode

struct PlanActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action", abstract: "Balanseringsåtgärder för en version.",
        subcommands: [PlanActionAddCommand.self, PlanActionListCommand.self])
}

struct PlanActionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Lägg till en namngiven balanseringsåtgärd i ett utkast.",
        discussion: """
            Typer: move-capacity (--from-unit --to-unit --resource --weeks --hours), add-capacity (--to-unit \
            --resource --weeks --hours), buy-care (--object --weeks --volume), postpone (--object --weeks \
            [--share 0.5] [--by-weeks 4]), efficiency (--object --resource --minutes --realised). Veckor skrivs \
            2026-W50..2027-W02 eller en enda vecka. En effektivisering räknas bara när den är realiserad.
            """)

    @OptionGroup var target: PlanTarget

    @Option(help: "Version (måste vara ett utkast).")
    var version: Int

    @Option(help: "move-capacity, add-capacity, buy-care, postpone eller efficiency.")
    var type: String

    @Option(help: "Åtgärdens namn.")
    var name: String

    @Option(help: "Enhet kapaciteten flyttas från.") var fromUnit: String?
    @Option(help: "Enhet kapaciteten flyttas till eller tillförs.") var toUnit: String?
    @Option(help: "Resursens kod, t.ex. LAK eller OPSAL.") var resource: String?
    @Option(help: "Veckor: 2026-W50..2027-W02 eller en vecka.") var weeks: String?
    @Option(help: "Timmar per vecka.") var hours: Double?
    @Option(help: "Planeringsobjektets kod.") var object: String?
    @Option(help: "Volym per vecka (köpt vård).") var volume: Double?
    @Option(help: "Andel som skjuts upp (0–1).") var share: Double?
    @Option(help: "Antal veckor uppskjutningen gäller.") var byWeeks: Int?
    @Option(help: "Minuter sparade per enhet produktion.") var minutes: Double?
    @Flag(help: "Effektiviseringen är realiserad.") var realised = false

    func run() throws {
        let parts = weeks.map { $0.components(separatedBy: "..") }
        if let parts {
            for part in parts { _ = try parsePlanWeek(part) }
        }
        let record = PlanActionRecord(
            type: type, name: name, fromUnit: fromUnit, toUnit: toUnit, resource: resource, firstWeek: parts?.first,
            lastWeek: parts?.last, hours: hours, object: object, volume: volume, share: share, byWeeks: byWeeks,
            minutes: minutes, realised: realised)
        let service = try target.service()
        try planStep { try service.addAction(planID: target.plan, version: version, record) }
        print("Åtgärden \"\(name)\" (\(type)) är sparad med version \(version). Se effekten med balans plan balance.")
    }
}

struct PlanActionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Lista en versions åtgärder.")

    @OptionGroup var target: PlanTarget

    @Option(help: "Version (standard: den senaste).")
    var version: Int?

    func run() throws {
        let service = try target.service()
        try planStep {
            let plan = try service.plan(target.plan)
            let chosen = try service.version(of: plan, version)
            let actions = plan.actions[chosen.number] ?? []
            print("Balanseringsåtgärder för version \(chosen.number): \(actions.count)")
            for (index, action) in actions.enumerated() {
                print("  \(index + 1). \(PlanReportText.describe(action))")
            }
        }
    }
}

struct PlanScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Jämför en version med ändrade antaganden: produktion, underskott och väntelista sida vid sida.")

    @OptionGroup var target: PlanTarget

    @Option(help: "Version.")
    var version: Int

    @Option(help: "Procent fler remisser, t.ex. 10.")
    var moreReferrals: Double?

    @Option(help: "Fler stängda veckor, t.ex. 2027-W29,2027-W30.")
    var closeWeeks: String?

    @Option(help: "Köp vård: KOD=ANTAL över planperioden (kan upprepas).")
    var buy: [String] = []

    @Option(help: "En operation till per dag vid varje operationsenhet, för denna resurs (t.ex. OPSAL).")
    var extraOperationPerDay: String?

    func run() throws {
        var bought: [String: Double] = [:]
        for item in buy {
            let parts = item.split(separator: "=")
            guard parts.count == 2, let amount = Double(parts[1]) else {
                throw ValidationError("--buy skrivs KOD=ANTAL, t.ex. --buy ORT-NYB-LAK-P2=200.")
            }
            bought[String(parts[0]), default: 0] += amount
        }
        let closed = try (closeWeeks?.split(separator: ",") ?? []).map { try parsePlanWeek(String($0)) }
        let assumptions = PlanScenarioAssumptions(
            moreReferralsPercent: moreReferrals, closedWeeks: closed, buy: bought,
            extraOperationResource: extraOperationPerDay)
        let service = try target.service()
        let comparison = try planStep {
            try service.scenario(planID: target.plan, version: version, assumptions: assumptions)
        }
        print(PlanReportText.scenario(comparison))
    }
}

struct PlanGoalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal", abstract: "Strategiska produktionsmål per år eller kvartal.",
        subcommands: [PlanGoalAddCommand.self])
}

struct PlanGoalAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Lägg till ett produktionsmål; plan show stämmer av planen mot målen.")

    @OptionGroup var target: PlanTarget

    @Option(help: "År.") var year: Int
    @Option(help: "Kvartal 1–4 (utan: hela året).") var quarter: Int?
    @Option(help: "Målvolym.") var volume: Double
    @Option(help: "Bara planeringsobjekt i denna specialitet.") var specialty: String?

    func run() throws {
        let service = try target.service()
        let goal = try planStep {
            try service.addGoal(planID: target.plan, year: year, quarter: quarter, volume: volume, specialty: specialty)
        }
        print(
            "Produktionsmålet för \(goal.period.swedishLabel) (\(String(format: "%.0f", goal.volume))) är sparat. "
                + "Se avstämningen med balans plan show.")
    }
}

struct PlanDaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "days", abstract: "Bryt ned en veckas planerade volym på dagar (öppetdagar minus helgdagar).")

    @OptionGroup var target: PlanTarget

    @Option(help: "Version.") var version: Int
    @Option(help: "Planeringsobjektets kod.") var object: String
    @Option(help: "Vecka, t.ex. 2026-W51.") var week: String
    @Option(help: "Öppetdagar, t.ex. mån,tis,ons,tor,fre.") var open: String = "mån,tis,ons,tor,fre"

    func run() throws {
        let names: [String: Weekday] = [
            "mån": .monday, "tis": .tuesday, "ons": .wednesday, "tor": .thursday, "fre": .friday, "lör": .saturday,
            "sön": .sunday,
        ]
        var days = Set<Weekday>()
        for name in open.split(separator: ",") {
            guard let day = names[name.lowercased()] else {
                throw ValidationError("Okänd dag \"\(name)\"; skriv t.ex. mån,tis,ons,tor,fre.")
            }
            days.insert(day)
        }
        let service = try target.service()
        let plan = try planStep {
            try service.days(
                planID: target.plan, version: version, object: object, week: try parsePlanWeek(week), openingDays: days)
        }
        print(PlanReportText.days(plan))
    }
}
