import HubStore
import Hummingbird
import PlanningDomain
import ServerSupport

/// National comparisons: `GET comparisons?indicator=&group=&period=&version=` (every authenticated tenant) and
/// `GET comparisons/overview?group=` (a region's own latest figures against the national median).
struct ComparisonController: Sendable {
    let service: ComparisonService

    func addRoutes(to group: RouterGroup<HubRequestContext>) {
        group.get("comparisons") { request, context -> ComparisonResponse in
            let identity = try context.requireIdentity()
            let query = request.uri.queryParameters
            guard let indicator = query.get("indicator"), !indicator.isEmpty else {
                throw APIError.badRequest("Ange indikatorn: ?indicator=<id ur katalogen>, t.ex. inflow.")
            }
            let version = try query.get("version").map { text -> Int in
                guard let version = Int(text) else {
                    throw APIError.badRequest("Versionen \"\(text)\" är inte ett heltal.")
                }
                return version
            }
            let period = try query.get("period").map { text -> IndicatorPeriod in
                guard let period = IndicatorPeriod.parse(text) else {
                    throw APIError.badRequest(
                        "Perioden \"\(text)\" är varken en ISO-vecka (2025-W07) eller en månad (2025-03).")
                }
                return period
            }
            let service = service
            let result = try await StoreWork.run { () -> ComparisonService.Result? in
                let definition = try service.definition(indicator, version: version)
                let groupName =
                    try query.get("group")
                    ?? service.store.indicatorGroups(indicatorID: definition.id, definitionVersion: definition.version)
                    .first
                guard let groupName else { return nil }
                return try service.comparison(definition: definition, group: groupName, period: period)
            }
            guard let result else {
                throw APIError.notFound("Det finns inga värden för \(indicator) i den gruppen och perioden ännu.")
            }
            return ComparisonResponse(
                result, callerCode: identity.tenant.kind == .region ? identity.tenant.code : nil)
        }
        group.get("comparisons/overview") { request, context -> OverviewResponse in
            let identity = try context.requireIdentity()
            guard identity.tenant.kind == .region else {
                throw APIError(
                    .forbidden, code: "auth.forbidden",
                    message:
                        "Översikten visar en regions egna värden; myndigheten använder jämförelserna per indikator.")
            }
            let groupFilter = request.uri.queryParameters.get("group")
            let service = service
            let lines = try await StoreWork.run { try service.overview(for: identity, group: groupFilter) }
            return OverviewResponse(region: identity.tenant.code, lines: lines)
        }
    }
}
