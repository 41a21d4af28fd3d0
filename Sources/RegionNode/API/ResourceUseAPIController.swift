import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport

/// The node's resource-use API, v1: the table (estimate, override, origin, RMSE) and an analyst's override per
/// (unit, resource), optionally narrowed to one planning object. Changing needs an analyst or admin; a manager
/// sees only their part of the tree.
struct ResourceUseAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    private var service: ResourceUseService { ResourceUseService(store: store, now: now) }

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("resource-use") { request, context in
            let user = try context.requireUser()
            let unit = request.uri.queryParameters["unit"].map(String.init)
            return try await run { service in
                let tree = try store.organisationTree()
                let visible = { (code: String) in
                    guard let user, user.role.isScoped else { return true }
                    return tree.map { user.canSee(unit: code, in: $0) } ?? false
                }
                return ResourceUseAPI.List(
                    rows: try service.list(unitCode: unit).filter { visible($0.unitCode) }.map(ResourceUseAPI.Row.init),
                    history: try service.history(unitCode: unit).filter { visible($0.unitCode) }
                        .map(ResourceUseAPI.HistoryItem.init))
            }
        }
        group.put("resource-use/:unit/:resource") { request, context in
            let editor = try context.requireEditor()
            let body = try await decode(ResourceUseAPI.SetBody.self, request, context)
            let user = try PlanAPIController<Context>.actorName(editor, body.user)
            let (unit, resource) = try pair(context)
            return try await run { service in
                let override = try service.set(
                    unitCode: unit, resourceCode: resource, objectCode: body.object, value: body.minutes,
                    reason: body.reason, user: user)
                return ResourceUseAPI.Changed(
                    unit: unit, resource: resource, object: override.objectCode, override: override.value,
                    message: "Resursåtgången är satt; alla planers balansering använder värdet.")
            }
        }
        group.delete("resource-use/:unit/:resource") { request, context in
            let editor = try context.requireEditor()
            let query = request.uri.queryParameters
            var body = ResourceUseAPI.ClearBody(
                reason: query["reason"].map(String.init), object: query["object"].map(String.init),
                user: query["user"].map(String.init))
            if (request.headers[.contentLength].flatMap { Int($0) } ?? 0) > 0 {
                let decoded = try await decode(ResourceUseAPI.ClearBody.self, request, context)
                body.reason = decoded.reason ?? body.reason
                body.object = decoded.object ?? body.object
                body.user = decoded.user ?? body.user
            }
            let user = try PlanAPIController<Context>.actorName(editor, body.user)
            let (unit, resource) = try pair(context)
            let clear = body
            return try await run { service in
                try service.clear(
                    unitCode: unit, resourceCode: resource, objectCode: clear.object, reason: clear.reason ?? "",
                    user: user)
                return ResourceUseAPI.Changed(
                    unit: unit, resource: resource, object: clear.object, override: nil,
                    message: "Det manuella värdet är borttaget; skattningen gäller igen.")
            }
        }
    }

    private func pair(_ context: Context) throws -> (String, String) {
        (context.parameters.get("unit") ?? "", context.parameters.get("resource") ?? "")
    }

    private func run<T: Sendable>(_ work: @escaping @Sendable (ResourceUseService) throws -> T) async throws -> T {
        let service = service
        return try await BlockingWork.run {
            do {
                return try work(service)
            } catch let error as PlanServiceError {
                throw PlanAPIController<Context>.apiError(error)
            }
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: Context) async throws -> T {
        do {
            return try await request.decode(as: type, context: context)
        } catch {
            throw APIError.badRequest(
                "Anropets JSON kan inte läsas. Ange minutes (tal) och reason (text); object och user är valfria.")
        }
    }
}

extension ResourceUseAPI.List: ResponseEncodable {}
extension ResourceUseAPI.Changed: ResponseEncodable {}
