import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport

/// The node's follow-up API, v1: outcome vs agreed plan per level, an object's SPC chart, and the deviation
/// register (list, comment, resolve, run the weekly round). Managers see their own part of the tree only.
struct FollowUpAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    private var service: FollowUpService { FollowUpService(store: store, now: now) }

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("follow-up") { request, context in
            let user = try context.requireUser()
            let query = request.uri.queryParameters
            return try await overview(
                unit: query["unit"].map(String.init), period: query["period"].map(String.init), user: user)
        }
        group.get("follow-up/objects/:object") { _, context in
            let user = try context.requireUser()
            return try await objectChart(try context.parameters.require("object"), user: user)
        }
        group.get("deviations") { request, context in
            let user = try context.requireUser()
            return try await deviations(unit: request.uri.queryParameters["unit"].map(String.init), user: user)
        }
        group.post("deviations/:id/comments") { request, context in
            let user = try context.requireUser()
            let body = try await request.decode(as: FollowUpAPI.CommentBody.self, context: context)
            let id = try context.parameters.require("id")
            let name = try PlanAPIController<Context>.actorName(user, body.user)
            try await change(id, user: user) { service in
                try service.comment(id: id, cause: body.cause, action: body.action, owner: body.owner, by: name)
            }
            return try await deviation(id)
        }
        group.post("deviations/:id/resolve") { request, context in
            let user = try context.requireUser()
            let body = try await request.decode(as: FollowUpAPI.ResolveBody.self, context: context)
            let id = try context.parameters.require("id")
            let name = try PlanAPIController<Context>.actorName(user, body.user)
            try await change(id, user: user) { service in try service.resolve(id: id, note: body.note, by: name) }
            return try await deviation(id)
        }
        group.post("follow-up/rounds") { request, context in
            let user = try context.requireEditor()
            let body = try await request.decode(as: FollowUpAPI.RoundBody.self, context: context)
            guard case .success(let week) = ISOWeek.parse(body.week) else {
                throw APIError.badRequest("Veckan \"\(body.week)\" kan inte läsas; skriv t.ex. 2026-W02.")
            }
            return try await run { service in
                let effects = try service.runRound(week: week, actor: user?.username ?? "lokal")
                return FollowUpAPI.RoundResult(
                    week: week.description,
                    opened: effects.compactMap { if case .itemOpened(let id, _) = $0 { id } else { nil } },
                    escalated: effects.compactMap { if case .escalated(let id, _, _, _, _) = $0 { id } else { nil } })
            }
        }
    }

    // MARK: - Handlers

    private func overview(unit: String?, period: String?, user: NodeUser?) async throws -> FollowUpAPI.Overview {
        try await run { service in
            let followUp = try service.production()
            let tree = followUp.figures.tree
            let scope = unit ?? (user?.role.isScoped == true ? user?.unitCode : nil) ?? tree.rootCode
            guard tree.units[scope] != nil else { throw APIError.notFound("Okänd enhet \"\(scope)\".") }
            if let user, !user.canSee(unit: scope, in: tree) { throw NodeAccess.outOfScope(scope) }
            let chosen = try Self.period(period, last: followUp.weeks.upperBound)
            let rows = try followUp.figures.objectRows(under: scope, in: chosen)
            let behind = try followUp.figures.furthestBehind(under: scope, in: chosen, count: 3)
            return FollowUpAPI.Overview(
                firstWeek: followUp.weeks.lowerBound.description, lastWeek: followUp.weeks.upperBound.description,
                period: chosen.swedishLabel,
                plans: followUp.plans.map { FollowUpAPI.PlanRef(id: $0.id, name: $0.name, version: $0.version) },
                scope: scope, total: FollowUpAPI.Figures(try followUp.figures.figures(for: .unit(scope), in: chosen)),
                rows: rows.map(FollowUpAPI.Row.init), furthestBehind: behind.map(FollowUpAPI.Row.init))
        }
    }

    private func objectChart(_ object: String, user: NodeUser?) async throws -> FollowUpAPI.ObjectChart {
        try await run { [store] service in
            let followUp = try service.production()
            guard let unit = followUp.figures.objects[object]?.unitCode else {
                throw APIError.notFound("Planeringsobjektet \"\(object)\" följs inte upp (ingen överenskommen plan).")
            }
            try NodeAccess.check(user, sees: unit, store: store)
            let (weeks, chart) = try service.productionChart(object: object, followUp: followUp)
            let weekly = try followUp.figures.weekly(for: .object(object))
            return FollowUpAPI.ObjectChart(
                object: object, weeks: weeks.map(\.description), values: chart.values, target: chart.target,
                limits: chart.segments, points: chart.points, assurance: "\(chart.assurance)",
                weekly: weekly.map {
                    FollowUpAPI.WeekFigures(
                        week: $0.week.description, planned: $0.figures.planned, actual: $0.figures.actual)
                })
        }
    }

    private func deviations(unit: String?, user: NodeUser?) async throws -> FollowUpAPI.DeviationList {
        try await run { service in
            let register = try service.register()
            let scope = unit ?? (user?.role.isScoped == true ? user?.unitCode : nil)
            if let scope, let user, !user.canSee(unit: scope, in: register.tree) { throw NodeAccess.outOfScope(scope) }
            let items = register.items.values
                .filter { item in scope.map { register.tree.isWithin(item.opening.unitCode, ancestor: $0) } ?? true }
                .sorted { ($0.opening.week, $0.id) > ($1.opening.week, $1.id) }
            return FollowUpAPI.DeviationList(
                currentWeek: register.currentWeek?.description, deviations: items.map(FollowUpAPI.Deviation.init))
        }
    }

    private func deviation(_ id: String) async throws -> FollowUpAPI.Deviation {
        try await run { service in
            guard let item = try service.register().items[id] else {
                throw APIError.notFound("Avvikelsen \"\(id)\" finns inte.")
            }
            return FollowUpAPI.Deviation(item)
        }
    }

    /// A change to an item the caller may see (a manager: items of their part of the tree, incl. escalated ones).
    private func change(_ id: String, user: NodeUser?, _ work: @escaping @Sendable (FollowUpService) throws -> Void)
        async throws
    {
        try await run { service in
            let register = try service.register()
            guard let item = register.items[id] else { throw APIError.notFound("Avvikelsen \"\(id)\" finns inte.") }
            if let user, user.role.isScoped,
                !user.canSee(unit: item.opening.unitCode, in: register.tree)
                    && !user.canSee(unit: item.responsibleUnitCode, in: register.tree)
            {
                throw NodeAccess.outOfScope(id)
            }
            try work(service)
        }
    }

    /// week:2025-W44, month:2025-10 or ytd (the default: year to date through the last followed week).
    static func period(_ text: String?, last: ISOWeek) throws -> FollowUpPeriod {
        guard let text, text != "ytd" else { return .yearToDate(through: last) }
        if text.hasPrefix("week:"), case .success(let week) = ISOWeek.parse(String(text.dropFirst(5))) {
            return .week(week)
        }
        if text == "week" { return .week(last) }
        if text == "month" { return .month(last.month) }
        throw APIError.badRequest("period ska vara ytd, week, month eller week:ÅÅÅÅ-Wvv, inte \"\(text)\".")
    }

    private func run<T: Sendable>(_ work: @escaping @Sendable (FollowUpService) throws -> T) async throws -> T {
        let service = service
        return try await BlockingWork.run {
            do {
                return try work(service)
            } catch let error as FollowUpServiceError {
                throw error.apiError
            }
        }
    }
}

extension FollowUpServiceError {
    /// The HTTP answer: missing data (`follow_up.no_…`) is 409, anything else the follow-up refuses 422.
    var apiError: APIError {
        let status: HTTPResponse.Status = code.hasPrefix("follow_up.no_") ? .conflict : .unprocessableContent
        return APIError(status, code: code, message: description)
    }
}

extension FollowUpAPI.Overview: ResponseEncodable {}
extension FollowUpAPI.ObjectChart: ResponseEncodable {}
extension FollowUpAPI.DeviationList: ResponseEncodable {}
extension FollowUpAPI.Deviation: ResponseEncodable {}
extension FollowUpAPI.RoundResult: ResponseEncodable {}
