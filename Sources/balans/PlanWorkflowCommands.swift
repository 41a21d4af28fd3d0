import ArgumentParser
import NodeStore
import PlanningDomain
import RegionNode

/// The options of every agreement step.
struct PlanStepOptions: ParsableArguments {
    @OptionGroup var target: PlanTarget

    @Option(help: "Version.")
    var version: Int

    @Option(help: "Användare.")
    var user: String

    @Option(help: "Nivå: taktisk, strategisk eller operativ.")
    var level: String = "taktisk"

    @Option(help: "Kommentar (varför).")
    var comment: String = ""

    func send(_ action: PlanCommand.Action) throws -> [PlanEffect] {
        let service = try target.service()
        let level = try parsePlanningLevel(level)
        return try planStep {
            try service.handle(
                planID: target.plan, version: version, action: action, user: user, level: level, comment: comment)
        }
    }
}

/// A Swedish line per effect of a workflow step.
func describePlanEffects(_ effects: [PlanEffect]) -> String {
    effects.map { effect in
        switch effect {
        case .versionCreated(let version, let parent):
            "Version \(version) skapad" + (parent.map { " från version \($0)" } ?? "") + " (utkast)."
        case .planChanged(let version): "Version \(version) är ändrad."
        case .proposed(let version, let awaiting):
            "Version \(version) är föreslagen. Väntar på godkännande från "
                + awaiting.map(\.swedishName).joined(separator: " och ") + "."
        case .agreementRecorded(let version, let level, let awaiting):
            "Version \(version) godkänd på \(level.swedishName)."
                + (awaiting.isEmpty
                    ? "" : " Väntar på \(awaiting.map(\.swedishName).joined(separator: " och ")).")
        case .versionAgreed(let version): "Version \(version) är överenskommen och gäller nu."
        case .returnedToDraft(let version, let reason): "Version \(version) är tillbaka som utkast: \(reason)"
        case .versionSuperseded(let version, let newer): "Version \(version) är ersatt av version \(newer)."
        }
    }.joined(separator: "\n")
}

struct PlanProposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propose", abstract: "Föreslå ett utkast för överenskommelse (taktisk nivå).")
    @OptionGroup var options: PlanStepOptions
    func run() throws { print(describePlanEffects(try options.send(.propose))) }
}

struct PlanAgreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree", abstract: "Godkänn en föreslagen version på taktisk eller strategisk nivå.")
    @OptionGroup var options: PlanStepOptions
    func run() throws { print(describePlanEffects(try options.send(.agree))) }
}

struct PlanRejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Avvisa en föreslagen version (ange skälet med --comment).")
    @OptionGroup var options: PlanStepOptions
    func run() throws { print(describePlanEffects(try options.send(.reject))) }
}

struct PlanEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Ändra en veckas volym för ett planeringsobjekt i ett utkast.")

    @OptionGroup var options: PlanStepOptions

    @Option(help: "Planeringsobjektets kod.")
    var object: String

    @Option(help: "Vecka, t.ex. 2026-W02.")
    var week: String

    @Option(help: "Ny volym för veckan.")
    var volume: Double

    func run() throws {
        let edit = PlanEdit.setVolume(object: object, week: try parsePlanWeek(week), value: volume)
        print(describePlanEffects(try options.send(.edit(edit))))
    }
}

struct PlanNewVersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-version", abstract: "Skapa en ny version (utkast) från en befintlig version.")

    @OptionGroup var target: PlanTarget

    @Option(help: "Versionen att utgå från.")
    var from: Int

    @Option(help: "Användare.")
    var user: String

    @Option(help: "Varför en ny version behövs.")
    var comment: String = ""

    func run() throws {
        let service = try target.service()
        let number = try planStep {
            try service.newVersion(planID: target.plan, from: from, user: user, comment: comment)
        }
        print("Version \(number) skapad från version \(from) (utkast), med samma volymer och åtgärder.")
    }
}
