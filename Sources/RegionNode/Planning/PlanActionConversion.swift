public import NodeStore
import PlanningDomain

/// Turns stored action inputs into the domain's balancing actions, with Swedish messages for missing inputs.
enum PlanActionConversion {
    /// The kinds planners give with `--type`.
    static let types = ["move-capacity", "add-capacity", "buy-care", "postpone", "efficiency"]

    static func actions(_ record: PlanActionRecord) throws -> [BalancingAction] {
        func need<T>(_ value: T?, _ option: String) throws -> T {
            guard let value else {
                throw PlanServiceError(
                    code: "plan.action_missing_option",
                    "Åtgärden \"\(record.name)\" (\(record.type)) behöver \(option).")
            }
            return value
        }
        func weeks() throws -> [ISOWeek] {
            let first = try parseWeek(try need(record.firstWeek, "--weeks"))
            let last = try parseWeek(record.lastWeek ?? record.firstWeek!)
            guard first <= last else {
                throw PlanServiceError(
                    code: "plan.action_weeks",
                    "Veckointervallet \(first)..\(last) är baklänges; ange första veckan först.")
            }
            return (0...ISOWeek.weeks(from: first, to: last)).map { first.adding(weeks: $0) }
        }
        switch record.type {
        case "move-capacity":
            let resource = try need(record.resource, "--resource")
            let from = try need(record.fromUnit, "--from-unit")
            let to = try need(record.toUnit, "--to-unit")
            let hours = try need(record.hours, "--hours")
            return try weeks().map { week in
                BalancingAction(
                    name: record.name,
                    effect: .moveCapacity(
                        resourceCode: resource, from: from, fromWeek: week, to: to, toWeek: week, amount: hours))
            }
        case "add-capacity":
            return [
                BalancingAction(
                    name: record.name,
                    effect: .addCapacity(
                        unitCode: try need(record.toUnit, "--to-unit"),
                        resourceCode: try need(record.resource, "--resource"),
                        weeks: try weeks(), amountPerWeek: try need(record.hours, "--hours")))
            ]
        case "buy-care":
            return [
                BalancingAction(
                    name: record.name,
                    effect: .buyCare(
                        objectCode: try need(record.object, "--object"), weeks: try weeks(),
                        volumePerWeek: try need(record.volume, "--volume")))
            ]
        case "postpone":
            return [
                BalancingAction(
                    name: record.name,
                    effect: .postpone(
                        objectCodes: [try need(record.object, "--object")], weeks: try weeks(),
                        share: record.share ?? 0.5, byWeeks: record.byWeeks ?? 4))
            ]
        case "efficiency":
            return [
                try BalancingAction.efficiencyGain(
                    name: record.name, objectCode: try need(record.object, "--object"),
                    resourceCode: try need(record.resource, "--resource"),
                    minutesSaved: try need(record.minutes, "--minutes"),
                    realised: record.realised)
            ]
        default:
            throw PlanServiceError(
                code: "plan.action_type",
                "Okänd åtgärdstyp \"\(record.type)\". Välj en av: \(types.joined(separator: ", ")).")
        }
    }

    static func parseWeek(_ text: String) throws -> ISOWeek {
        switch ISOWeek.parse(text) {
        case .success(let week): return week
        case .failure(let error): throw PlanServiceError(code: "plan.week", "\(error)")
        }
    }

    /// A one-line Swedish description of the stored inputs.
    static func describe(_ record: PlanActionRecord) -> String {
        let weeks = record.firstWeek.map { first in record.lastWeek.map { "\(first)..\($0)" } ?? first } ?? ""
        var parts: [String] = []
        if let from = record.fromUnit { parts.append("från \(from)") }
        if let to = record.toUnit { parts.append("till \(to)") }
        if let resource = record.resource { parts.append("resurs \(resource)") }
        if let hours = record.hours { parts.append("\(PlanTextFormat.number(hours)) h/vecka") }
        if let object = record.object { parts.append("objekt \(object)") }
        if let volume = record.volume { parts.append("\(PlanTextFormat.number(volume))/vecka") }
        if let minutes = record.minutes { parts.append("\(PlanTextFormat.number(minutes)) min sparade") }
        if record.type == "postpone" {
            parts.append("andel \(PlanTextFormat.percent(record.share ?? 0.5)), \(record.byWeeks ?? 4) veckor")
        }
        if !weeks.isEmpty { parts.append("veckor \(weeks)") }
        return "\(record.name) [\(record.type)] " + parts.joined(separator: ", ")
    }
}
