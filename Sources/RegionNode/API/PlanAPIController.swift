import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport

/// The node's production-plan API, v1: create, read, balance, the agreement steps, edits and new versions.
///
/// Every refusal from ``PlanService`` goes through ``apiError(_:)``: 404 for an unknown plan, version, unit or
/// object, 409 for a step the version's state does not allow (an agreed version is immutable), 422 for input the
/// domain refuses.
struct PlanAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    private var service: PlanService { PlanService(store: store, now: now) }

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("plans") { request, context in
            let editor = try context.requireEditor()
            var body = try await decode(PlanAPI.CreateBody.self, request, context)
            body.user = try Self.actorName(editor, body.user)
            return EditedResponse(status: .created, response: try await create(body))
        }
        group.get("plans/:id") { _, context in
            let id = try planID(context)
            try await checkScope(id, context)
            return try await plan(id)
        }
        group.get("plans/:id/versions/:n/balance") { request, context in
            try await checkScope(try planID(context), context)
            let granularity = try Self.granularity(request.uri.queryParameters["by"].map(String.init))
            return try await balance(try planID(context), version: try versionNumber(context), by: granularity)
        }
        for (name, action) in [("propose", PlanCommand.Action.propose), ("agree", .agree), ("reject", .reject)] {
            group.post("plans/:id/versions/:n/\(name)") { request, context in
                let body = try await decode(PlanAPI.StepBody.self, request, context)
                let id = try planID(context)
                let (user, level) = try await stepActor(action, id, context, body.user, body.level)
                return try await step(
                    id, version: try versionNumber(context), action: action, user: user, level: level,
                    comment: body.comment)
            }
        }
        group.post("plans/:id/versions/:n/edit") { request, context in
            let body = try await decode(PlanAPI.EditBody.self, request, context)
            guard case .success(let week) = ISOWeek.parse(body.week) else {
                throw APIError.badRequest("Veckan \"\(body.week)\" kan inte läsas; skriv t.ex. 2026-W02.")
            }
            let edit = PlanEdit.setVolume(object: body.object, week: week, value: body.volume)
            let id = try planID(context)
            let (user, level) = try await stepActor(.edit(edit), id, context, body.user, body.level)
            return try await step(
                id, version: try versionNumber(context), action: .edit(edit), user: user, level: level,
                comment: body.comment)
        }
        group.post("plans/:id/versions") { request, context in
            let id = try planID(context)
            let editor = try context.requireEditor()
            try await checkScope(id, context)
            var body = try await decode(PlanAPI.NewVersionBody.self, request, context)
            body.user = try Self.actorName(editor, body.user)
            return EditedResponse(status: .created, response: try await newVersion(id, body))
        }
    }

    // MARK: - Handlers

    private func create(_ body: PlanAPI.CreateBody) async throws -> PlanAPI.Created {
        let start = try body.startWeek.map { text -> ISOWeek in
            guard case .success(let week) = ISOWeek.parse(text) else {
                throw APIError.badRequest("startWeek \"\(text)\" kan inte läsas; skriv t.ex. 2026-W48.")
            }
            return week
        }
        return try await run { service in
            let report = try service.create(
                unitCode: body.unit, name: body.name, startWeek: start, user: body.user ?? "")
            let plan = report.plan
            return PlanAPI.Created(
                id: report.planID, version: 1, scope: plan.scope, startWeek: plan.startWeek.description,
                endWeek: plan.endWeek.description, weeks: plan.weekCount, objects: plan.objectCodes.count,
                total: plan.grandTotal, objectsWithoutForecast: report.objectsWithoutForecast,
                filledWeeks: report.filledWeeks)
        }
    }

    private func plan(_ id: Int64) async throws -> PlanAPI.Plan {
        try await run { [store] service in
            let stored = try service.plan(id)
            let objects = try store.masterData().planningObjects
            return PlanAPI.Plan(
                id: stored.id, name: stored.name, scope: stored.versions.scope, createdAt: stored.createdAt,
                createdBy: stored.createdBy,
                versions: stored.versions.versions.map { version in
                    PlanAPI.Version(
                        version, actions: stored.actions[version.number] ?? [],
                        deviations: GoalCheck.check(plan: version.plan, goals: stored.goals, objects: objects))
                })
        }
    }

    private func balance(
        _ id: Int64, version: Int, by granularity: BalancePeriod.Granularity
    ) async throws -> PlanAPI.Balance {
        try await run { service in
            PlanAPI.Balance(
                plan: id, by: granularity, try service.balance(planID: id, version: version, by: granularity))
        }
    }

    private func step(
        _ id: Int64, version: Int, action: PlanCommand.Action, user: String, level: String?, comment: String?
    ) async throws -> PlanAPI.StepResult {
        let level = try Self.level(level)
        return try await run { service in
            let effects = try service.handle(
                planID: id, version: version, action: action, user: user, level: level, comment: comment ?? "")
            let current = try service.version(of: try service.plan(id), version)
            return PlanAPI.StepResult(
                plan: id, version: version, status: current.status.rawValue, statusName: current.status.swedishName,
                awaiting: current.status == .proposed ? current.awaitingLevels.map(\.rawValue) : [],
                effects: effects.map(PlanAPI.Effect.init))
        }
    }

    private func newVersion(_ id: Int64, _ body: PlanAPI.NewVersionBody) async throws -> PlanAPI.NewVersionResult {
        try await run { service in
            let number = try service.newVersion(
                planID: id, from: body.from, user: body.user ?? "", comment: body.comment ?? "")
            return PlanAPI.NewVersionResult(
                plan: id, number: number, from: body.from, status: PlanVersionStatus.draft.rawValue)
        }
    }

    // MARK: - Who acts

    /// The name kept in the plan's history: the logged-in user's, or (authentication disabled) the body's.
    static func actorName(_ user: NodeUser?, _ bodyUser: String?) throws -> String {
        if let user { return user.username }
        guard let bodyUser, !bodyUser.isEmpty else {
            throw APIError.badRequest("Ange vem som gör ändringen i fältet \"user\".")
        }
        return bodyUser
    }

    /// Who takes a workflow step and at which level. With a login, the level follows the role and is not read from
    /// the body: agreeing and rejecting need a strategic or tactical manager whose scope covers the plan; proposing
    /// and editing need an analyst.
    private func stepActor(
        _ action: PlanCommand.Action, _ id: Int64, _ context: Context, _ bodyUser: String?, _ bodyLevel: String?
    ) async throws -> (String, String?) {
        guard let user = try context.requireUser() else { return (try Self.actorName(nil, bodyUser), bodyLevel) }
        try await checkScope(id, context)
        switch action {
        case .agree, .reject:
            guard user.role == .strategic || user.role == .tactical else {
                throw APIError(
                    .forbidden, code: "auth.forbidden",
                    message:
                        "Bara en strategisk eller taktisk chef kan \(action == .agree ? "godkänna" : "avvisa") en plan."
                )
            }
            return (user.username, user.role.rawValue)
        default:
            _ = try context.requireEditor()
            return (user.username, bodyLevel)
        }
    }

    /// A 404 unless the caller may see the plan's scope.
    private func checkScope(_ id: Int64, _ context: Context) async throws {
        guard let user = try context.requireUser(), user.role.isScoped else { return }
        try await run { service in
            try NodeAccess.check(user, sees: try service.plan(id).versions.scope, store: store)
        }
    }

    // MARK: - Input and errors

    /// Runs blocking plan work off the event loops, mapping the service's refusals to HTTP errors.
    private func run<T: Sendable>(_ work: @escaping @Sendable (PlanService) throws -> T) async throws -> T {
        let service = service
        return try await BlockingWork.run {
            do {
                return try work(service)
            } catch let error as PlanServiceError {
                throw Self.apiError(error)
            }
        }
    }

    /// The one mapping from the plan service's refusals to HTTP statuses.
    static func apiError(_ error: PlanServiceError) -> APIError {
        let status: HTTPResponse.Status =
            switch error.code {
            case "plan.unknown", "plan.unknown_unit", "plan.unknown_object", "plan_workflow.unknown_version",
                "resource_use.unknown_unit", "resource_use.unknown_resource", "resource_use.unknown_object":
                .notFound
            case "plan_workflow.not_allowed", "plan_workflow.agreed_is_immutable",
                "plan_workflow.level_already_agreed", "plan_workflow.user_already_agreed",
                "plan_workflow.older_than_current", "plan_workflow.supersede_is_automatic", "plan.no_forecast",
                "resource_use.no_override":
                .conflict
            default:
                .unprocessableContent
            }
        return APIError(status, code: error.code, message: error.description)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: Context) async throws -> T {
        do {
            return try await request.decode(as: type, context: context)
        } catch {
            throw APIError.badRequest(
                "Anropets JSON kan inte läsas. Kontrollera att alla obligatoriska fält finns och har rätt typ.")
        }
    }

    private func planID(_ context: Context) throws -> Int64 {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text) else {
            throw APIError.notFound("Produktionsplanen \"\(text)\" finns inte; planens id är ett heltal.")
        }
        return id
    }

    private func versionNumber(_ context: Context) throws -> Int {
        let text = context.parameters.get("n") ?? ""
        guard let number = Int(text) else {
            throw APIError.notFound("Versionen \"\(text)\" finns inte; versionens nummer är ett heltal.")
        }
        return number
    }

    /// Parses taktisk, strategisk or operativ (or the English names); tactical when absent.
    static func level(_ text: String?) throws -> PlanningLevel {
        switch text?.lowercased() {
        case nil, "taktisk", "tactical": .tactical
        case "strategisk", "strategic": .strategic
        case "operativ", "operational": .operational
        case let text?:
            throw APIError(
                .unprocessableContent, code: "plan.unknown_level",
                message: "Nivån \"\(text)\" finns inte; ange taktisk, strategisk eller operativ.")
        }
    }

    /// Parses ?by=week|month|quarter (or vecka, månad, kvartal); month when absent.
    static func granularity(_ text: String?) throws -> BalancePeriod.Granularity {
        switch text?.lowercased() {
        case nil, "month", "månad", "manad": .month
        case "week", "vecka": .week
        case "quarter", "kvartal": .quarter
        case let text?:
            throw APIError.badRequest(
                "by ska vara week, month eller quarter (vecka, månad, kvartal), inte \"\(text)\".")
        }
    }
}

extension PlanAPI.Created: ResponseEncodable {}
extension PlanAPI.Plan: ResponseEncodable {}
extension PlanAPI.Balance: ResponseEncodable {}
extension PlanAPI.StepResult: ResponseEncodable {}
extension PlanAPI.NewVersionResult: ResponseEncodable {}
