import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport

/// The node's plan-analysis API, v1: balancing actions, scenario comparisons, production goals, a week broken into
/// days, and an object's waiting list under a plan. Reads follow the plan's scope like the plan API.
struct PlanAnalysisAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    private var service: PlanService { PlanService(store: store, now: now) }

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("plans/:id/versions/:n/actions") { _, context in
            let (id, number) = try await target(context)
            return try await run { service in
                PlanAnalysisAPI.Actions(
                    plan: id, version: number, actions: try service.plan(id).actions[number] ?? [])
            }
        }
        group.post("plans/:id/versions/:n/actions") { request, context in
            _ = try context.requireEditor()
            let (id, number) = try await target(context)
            let record = try await decode(PlanActionRecord.self, request, context)
            return try await run { service in
                try service.addAction(planID: id, version: number, record)
                return PlanAnalysisAPI.Actions(
                    plan: id, version: number, actions: try service.plan(id).actions[number] ?? [])
            }
        }
        group.post("plans/:id/versions/:n/scenario") { request, context in
            let (id, number) = try await target(context)
            let body = try await decode(PlanAnalysisAPI.ScenarioBody.self, request, context)
            let weeks = try (body.closedWeeks ?? []).map { text -> ISOWeek in
                guard case .success(let week) = ISOWeek.parse(text) else {
                    throw APIError.badRequest("Veckan \"\(text)\" kan inte läsas; skriv t.ex. 2026-W29.")
                }
                return week
            }
            let assumptions = PlanScenarioAssumptions(
                moreReferralsPercent: body.moreReferralsPercent, closedWeeks: weeks, buy: body.buy ?? [:],
                extraOperationResource: body.extraOperationResource)
            return try await run { service in
                PlanAnalysisAPI.Scenario(try service.scenario(planID: id, version: number, assumptions: assumptions))
            }
        }
        group.get("plans/:id/goals") { _, context in
            let id = try planID(context)
            try await checkScope(id, context)
            return try await goals(id)
        }
        group.post("plans/:id/goals") { request, context in
            _ = try context.requireEditor()
            let id = try planID(context)
            let body = try await decode(PlanAnalysisAPI.GoalBody.self, request, context)
            _ = try await run { service in
                try service.addGoal(
                    planID: id, year: body.year, quarter: body.quarter, volume: body.volume, specialty: body.specialty)
            }
            return try await goals(id)
        }
        group.get("plans/:id/versions/:n/days") { request, context in
            let (id, number) = try await target(context)
            let query = request.uri.queryParameters
            guard let object = query["object"].map(String.init),
                let text = query["week"].map(String.init), case .success(let week) = ISOWeek.parse(text)
            else { throw APIError.badRequest("Ange ?object=<planeringsobjekt>&week=ÅÅÅÅ-Wvv.") }
            let open = try Self.openingDays(query["open"].map(String.init))
            return try await run { service in
                let plan = try service.days(planID: id, version: number, object: object, week: week, openingDays: open)
                return PlanAnalysisAPI.Days(
                    object: plan.object, week: plan.week.description, total: plan.total,
                    days: plan.days.map { PlanAnalysisAPI.Day(date: $0.date.description, volume: $0.volume) },
                    removedHolidays: plan.removedHolidays.map { "\($0.date) \($0.holiday.swedishName)" })
            }
        }
        group.get("plans/:id/versions/:n/waiting") { request, context in
            let (id, number) = try await target(context)
            let query = request.uri.queryParameters
            guard let object = query["object"].map(String.init) else {
                throw APIError.badRequest("Ange ?object=<planeringsobjekt>.")
            }
            let limit = query["limitDays"].flatMap { Double(String($0)) } ?? 90
            let policy: ServicePolicy = query["policy"] == "longest-first" ? .longestWaitingFirst : .priorityThenFIFO
            return try await run { service in
                let result = try service.waitingProjection(
                    planID: id, version: number, object: object, limitDays: limit, policy: policy)
                return PlanAnalysisAPI.Waiting(
                    object: result.objectCode, snapshotDate: result.snapshotDate, limitDays: result.limitDays,
                    load: result.projection.load, diagnostic: result.projection.diagnostic,
                    weeks: result.projection.weeks.map {
                        PlanAnalysisAPI.WaitingWeek(
                            week: $0.week.description, waiting: $0.waiting,
                            shareWaitingWithinLimit: $0.shareWaitingWithinLimit, treated: $0.treated,
                            shareTreatedWithinLimit: $0.shareTreatedWithinLimit, meanWeeksWaited: $0.meanWeeksWaited)
                    })
            }
        }
    }

    // MARK: - Helpers

    private func goals(_ id: Int64) async throws -> PlanAnalysisAPI.Goals {
        try await run { service in
            let stored = try service.plan(id)
            let version = try service.version(of: stored, nil)
            return PlanAnalysisAPI.Goals(
                plan: id, version: version.number, goals: stored.goals,
                deviations: try service.goalDeviations(stored, version: version).map(\.message))
        }
    }

    private func target(_ context: Context) async throws -> (Int64, Int) {
        let id = try planID(context)
        try await checkScope(id, context)
        guard let number = context.parameters.get("n").flatMap({ Int($0) }) else {
            throw APIError.notFound("Versionen finns inte; versionens nummer är ett heltal.")
        }
        return (id, number)
    }

    private func planID(_ context: Context) throws -> Int64 {
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }) else {
            throw APIError.notFound("Produktionsplanen finns inte; planens id är ett heltal.")
        }
        return id
    }

    private func checkScope(_ id: Int64, _ context: Context) async throws {
        guard let user = try context.requireUser(), user.role.isScoped else { return }
        try await run { [store] service in
            try NodeAccess.check(user, sees: try service.plan(id).versions.scope, store: store)
        }
    }

    /// mon,tue,wed,thu,fri (or Swedish mån,tis,ons,tor,fre); Monday–Friday when absent.
    static func openingDays(_ text: String?) throws -> Set<Weekday> {
        guard let text, !text.isEmpty else { return [.monday, .tuesday, .wednesday, .thursday, .friday] }
        let names: [String: Weekday] = [
            "mon": .monday, "tue": .tuesday, "wed": .wednesday, "thu": .thursday, "fri": .friday, "sat": .saturday,
            "sun": .sunday, "mån": .monday, "tis": .tuesday, "ons": .wednesday, "tor": .thursday, "fre": .friday,
            "lör": .saturday, "sön": .sunday,
        ]
        return Set(
            try text.split(separator: ",").map { part in
                guard let day = names[part.lowercased()] else {
                    throw APIError.badRequest("Okänd veckodag \"\(part)\"; skriv t.ex. mon,tue,wed,thu,fri.")
                }
                return day
            })
    }

    private func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: Context) async throws -> T {
        do {
            return try await request.decode(as: type, context: context)
        } catch {
            throw APIError.badRequest("Anropets JSON kan inte läsas. Kontrollera fälten och deras typer.")
        }
    }

    private func run<T: Sendable>(_ work: @escaping @Sendable (PlanService) throws -> T) async throws -> T {
        let service = service
        return try await BlockingWork.run {
            do {
                return try work(service)
            } catch let error as PlanServiceError {
                throw PlanAPIController<Context>.apiError(error)
            }
        }
    }
}

extension PlanAnalysisAPI.Actions: ResponseEncodable {}
extension PlanAnalysisAPI.Scenario: ResponseEncodable {}
extension PlanAnalysisAPI.Goals: ResponseEncodable {}
extension PlanAnalysisAPI.Days: ResponseEncodable {}
extension PlanAnalysisAPI.Waiting: ResponseEncodable {}
