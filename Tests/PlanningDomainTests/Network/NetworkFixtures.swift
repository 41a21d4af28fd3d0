import PlanningDomain
import Testing

/// Shared values for the network tests: actors, weeks, groups and a small exchange.
enum NX {
    static let time = "2025-03-03T09:00:00+01:00"
    static let hip = CapacityGroup(specialty: "Ortopedi", planningObjectGroup: "Höftprotes")
    static let agency = NetworkActor.agency(user: "kurator-1")

    static func actor(_ code: String) -> NetworkActor { .region(code, user: "user-\(code)") }

    static func week(_ number: Int, year: Int = 2025) -> ISOWeek { ISOWeek(year: year, week: number)! }

    static func weeks(_ first: Int, _ last: Int) -> WeekRange { WeekRange(first: week(first), last: week(last))! }

    static func request(
        _ id: String, _ region: String, _ count: Int = 100, weeks period: WeekRange = weeks(10, 20),
        radius: ExchangeRadius = .national, priority: ExchangePriority = .normal, group: CapacityGroup = hip,
        unit: ExchangeUnit = .operations
    ) -> CapacityRequest {
        CapacityRequest(
            id: id, region: region, group: group, volume: ExchangeVolume(count, unit), period: period,
            priority: priority, radius: radius, conditions: "Patienten reser själv")
    }

    static func offer(
        _ id: String, _ region: String, _ count: Int = 100, weeks period: WeekRange = weeks(10, 20),
        radius: ExchangeRadius = .national, group: CapacityGroup = hip, unit: ExchangeUnit = .operations
    ) -> CapacityOffer {
        CapacityOffer(
            id: id, region: region, group: group, volume: ExchangeVolume(count, unit), period: period, radius: radius)
    }

    static func command(
        _ action: ExchangeCommand.Action, by actor: NetworkActor, comment: String = ""
    ) -> ExchangeCommand {
        ExchangeCommand(action, by: actor, at: time, comment: comment)
    }

    /// Runs commands that must succeed.
    static func run(_ exchange: inout CapacityExchange, _ commands: [ExchangeCommand]) throws {
        for command in commands { _ = try exchange.handle(command) }
    }

    /// Runs one command and returns its error code, or nil when it succeeded.
    static func errorCode(_ exchange: inout CapacityExchange, _ command: ExchangeCommand) -> String? {
        do throws(ExchangeError) {
            _ = try exchange.handle(command)
            return nil
        } catch {
            return error.code
        }
    }

    /// An exchange with Östergötland's request R (100 operations, weeks 10–20, national) and Jönköping's offer O
    /// (200 operations, same weeks, national).
    static func exchange() throws -> CapacityExchange {
        var exchange = CapacityExchange()
        try run(
            &exchange,
            [
                command(.postRequest(request("R", "05")), by: actor("05")),
                command(.postOffer(offer("O", "06", 200)), by: actor("06")),
            ])
        return exchange
    }
}
