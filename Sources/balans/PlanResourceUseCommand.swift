import ArgumentParser
import Foundation
import NodeStore
import PlanningDomain
import RegionNode

/// `balans plan resource-use`: the analysts' resource-use figures (kapacitetsåtgång) that replace the estimate.
struct PlanResourceUseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resource-use",
        abstract: "Resursåtgång per producerad enhet: visa skattningen, sätt ett eget värde eller återgå.",
        discussion: """
            Minuter per producerad enhet för resurser som mäts i timmar (t.ex. LAK), vårddagar per vårdtillfälle \
            för vårdplatser (VPL). Ett värde gäller hela enheten (de av enhetens planeringsobjekt som använder \
            resursen) eller, med --object, ett planeringsobjekt. Vem, när och varför sparas; det senaste gäller.
            """,
        subcommands: [
            PlanResourceUseListCommand.self, PlanResourceUseSetCommand.self, PlanResourceUseClearCommand.self,
        ]
    )
}

/// The database and the pair a resource-use command works on.
struct ResourceUseTarget: ParsableArguments {
    @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
    var database: String

    func service() throws -> ResourceUseService {
        ResourceUseService(store: try NodeStore.open(path: database), now: { Date() })
    }
}

/// `plan resource-use list`.
struct PlanResourceUseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Visa resursåtgången: skattad, manuell, källa och skattningens fel.")

    @OptionGroup var target: ResourceUseTarget

    @Option(help: "Bara denna enhet.") var unit: String?

    func run() throws {
        let service = try target.service()
        print(ResourceUseText.table(try planStep { try service.list(unitCode: unit) }))
    }
}

/// `plan resource-use set`.
struct PlanResourceUseSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Sätt resursåtgången för en enhet och resurs (eller ett planeringsobjekt).")

    @OptionGroup var target: ResourceUseTarget
    @Option(help: "Enhetens kod.") var unit: String
    @Option(help: "Resursens kod, t.ex. LAK.") var resource: String
    @Option(help: "Planeringsobjektets kod (utan: hela enheten).") var object: String?
    @Option(help: "Minuter per producerad enhet (resurser i timmar), vårddagar för vårdplatser, annars antal.")
    var minutes: Double
    @Option(help: "Varför (krävs; sparas i historiken).") var reason: String
    @Option(help: "Användare (sparas i historiken).") var user: String

    func run() throws {
        let service = try target.service()
        let override = try planStep {
            try service.set(
                unitCode: unit, resourceCode: resource, objectCode: object, value: minutes, reason: reason, user: user)
        }
        let measure =
            try NodeStore.open(path: target.database).masterData().resources
            .first { $0.code == resource }?.measure ?? .hours
        print(ResourceUseText.set(override, measure: measure))
    }
}

/// `plan resource-use clear`.
struct PlanResourceUseClearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear", abstract: "Ta bort det manuella värdet: skattningen gäller igen.")

    @OptionGroup var target: ResourceUseTarget
    @Option(help: "Enhetens kod.") var unit: String
    @Option(help: "Resursens kod.") var resource: String
    @Option(help: "Planeringsobjektets kod (utan: hela enheten).") var object: String?
    @Option(help: "Varför (krävs; sparas i historiken).") var reason: String
    @Option(help: "Användare (sparas i historiken).") var user: String

    func run() throws {
        let service = try target.service()
        try planStep {
            try service.clear(unitCode: unit, resourceCode: resource, objectCode: object, reason: reason, user: user)
        }
        let target = object.map { "\(unit)/\($0)" } ?? unit
        print("Det manuella värdet för \(target) \(resource) är borttaget; skattningen gäller igen.")
    }
}
