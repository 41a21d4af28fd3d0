import ArgumentParser
import Foundation
import NodeStore
import PlanningDomain
import RegionNode

/// `balans plan reshape`: a new weekly profile for an object, keeping its total.
struct PlanReshapeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reshape",
        abstract: "Ge ett planeringsobjekt en ny veckoprofil i ett utkast; totalen behålls.",
        discussion: """
            Profilen är relativa vikter per vecka: --working-days fördelar efter veckans arbetsdagar (helger och \
            röda dagar flyttar produktion), --closed-weeks 2027-W28..2027-W31 stänger veckor och fördelar deras \
            volym på övriga veckor, --weights 1,1,0.5,… anger en vikt för varje vecka i planen.
            """)

    @OptionGroup var options: PlanStepOptions

    @Option(help: "Planeringsobjektets kod.")
    var object: String

    @Flag(help: "Vikta veckorna efter antalet arbetsdagar (svensk kalender).")
    var workingDays = false

    @Option(help: "Stängda veckor: 2027-W28..2027-W31 eller en vecka.")
    var closedWeeks: String?

    @Option(help: "En vikt per vecka i planen, kommaseparerade.")
    var weights: String?

    func validate() throws {
        let chosen = [workingDays, closedWeeks != nil, weights != nil].filter { $0 }.count
        guard chosen == 1 else {
            throw ValidationError("Ange exakt en profil: --working-days, --closed-weeks eller --weights.")
        }
    }

    func run() throws {
        let service = try options.target.service()
        let weeks = try planStep {
            try service.version(of: try service.plan(options.target.plan), options.version).plan.weeks
        }
        let profile: [Double]
        if workingDays {
            let calendar = SwedishCalendar()
            profile = weeks.map { Double(calendar.workingDays(in: $0)) }
        } else if let closedWeeks {
            let parts = closedWeeks.components(separatedBy: "..")
            let first = try parsePlanWeek(parts[0])
            let last = try parsePlanWeek(parts.last!)
            profile = weeks.map { $0 >= first && $0 <= last ? 0 : 1 }
        } else {
            let values = weights!.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard values.allSatisfy({ $0 != nil }), values.count == weeks.count else {
                throw ValidationError(
                    "--weights ska ha \(weeks.count) tal (ett per vecka i planen), med punkt som decimaltecken.")
            }
            profile = values.map { $0! }
        }
        print(describePlanEffects(try options.send(.edit(.reshape(object: object, profile: profile)))))
    }
}

/// `balans plan floor`: a minimum volume per week for an object, keeping its total.
struct PlanFloorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floor",
        abstract: "Lägsta aktivitet per vecka för ett planeringsobjekt (för att hinna med prioriteringarna); "
            + "totalen behålls.")

    @OptionGroup var options: PlanStepOptions

    @Option(help: "Planeringsobjektets kod.")
    var object: String

    @Option(help: "Lägsta volym per vecka.")
    var minimum: Double

    func run() throws {
        print(describePlanEffects(try options.send(.edit(.applyFloor(object: object, minimumPerWeek: minimum)))))
    }
}

/// `balans plan waiting`: an object's waiting list week by week under a plan version.
struct PlanWaitingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waiting",
        abstract: "Simulera ett planeringsobjekts väntelista vecka för vecka under planen: andel inom gränsen, "
            + "väntetidsband och en varning när inflödet överstiger kapaciteten.")

    @OptionGroup var target: PlanTarget

    @Option(help: "Version (standard: den senaste).")
    var version: Int?

    @Option(help: "Planeringsobjektets kod.")
    var object: String

    @Option(help: "Gräns i dagar (standard 90, vårdgarantin).")
    var limitDays: Double = 90

    @Flag(help: "Behandla de som väntat längst först, oavsett prioritet.")
    var longestWaitingFirst = false

    func run() throws {
        let service = try target.service()
        let projection = try planStep {
            try service.waitingProjection(
                planID: target.plan, version: version, object: object, limitDays: limitDays,
                policy: longestWaitingFirst ? .longestWaitingFirst : .priorityThenFIFO)
        }
        print(projection.text)
    }
}
