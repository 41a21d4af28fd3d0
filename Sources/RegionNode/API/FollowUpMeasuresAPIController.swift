import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport

/// The follow-up measures API, v1: inflow vs forecast, available capacity vs forecast, waiting lists vs the agreed
/// plan's projection and the care-guarantee figures, each for `?unit=` (default: a manager's own unit, else the
/// region). A unit outside a manager's part of the tree is answered as if it did not exist (404).
struct FollowUpMeasuresAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("follow-up/forecast-accuracy") { request, context in
            let user = try context.requireUser()
            return try await run(unit: request, user: user) { service, scope in try forecast(service, scope) }
        }
        group.get("follow-up/capacity") { request, context in
            let user = try context.requireUser()
            return try await run(unit: request, user: user) { service, scope in try capacity(service, scope) }
        }
        group.get("follow-up/waiting-lists") { request, context in
            let user = try context.requireUser()
            return try await run(unit: request, user: user) { service, scope in try waitingLists(service, scope) }
        }
        group.get("follow-up/care-guarantee") { request, context in
            let user = try context.requireUser()
            return try await run(unit: request, user: user) { service, scope in
                let summary = try service.careGuarantee(scope: scope)
                return FollowUpMeasuresAPI.CareGuaranteeReport(
                    scope: scope, limitDays: summary.limitDays, snapshotDate: summary.snapshotDate?.description,
                    waiting: summary.waiting.map(FollowUpMeasuresAPI.Lines.init),
                    lastMonth: summary.lastMonth.map(FollowUpMeasuresAPI.Treated.init),
                    yearToDate: summary.yearToDate.map(FollowUpMeasuresAPI.Treated.init))
            }
        }
    }

    // MARK: - Handlers

    private func forecast(_ service: FollowUpMeasuresService, _ scope: String) throws
        -> FollowUpMeasuresAPI.ForecastAccuracyReport
    {
        let inflow = try service.inflow()
        let calendar = inflow.figures.calendar
        let rows = try inflow.rows(under: scope)
        return FollowUpMeasuresAPI.ForecastAccuracyReport(
            scope: scope, firstWeek: inflow.weeks.lowerBound.description, lastWeek: inflow.weeks.upperBound.description,
            accuracy: FollowUpMeasuresAPI.Accuracy(try inflow.accuracy(unit: scope)),
            weeks: try inflow.weekly(unit: scope).map {
                FollowUpMeasuresAPI.Week(
                    week: $0.week.description, forecast: $0.figures.planned, actual: $0.figures.actual,
                    lowProduction: calendar.isLowProduction($0.week))
            }, units: rows.units.map(FollowUpMeasuresAPI.ForecastRow.init),
            objects: rows.objects.map(FollowUpMeasuresAPI.ForecastRow.init))
    }

    private func capacity(_ service: FollowUpMeasuresService, _ scope: String) throws
        -> FollowUpMeasuresAPI.CapacityReport
    {
        let capacity = try service.capacity()
        let calendar = capacity.followUp?.calendar ?? service.calendar
        return FollowUpMeasuresAPI.CapacityReport(
            scope: scope, comparedRows: capacity.rowCount,
            resources: try capacity.rows(unit: scope).map { row in
                FollowUpMeasuresAPI.CapacityRow(
                    resource: row.resource.code, name: row.resource.name, measure: row.resource.measure.rawValue,
                    forecast: row.figures.all.planned, actual: row.figures.all.actual,
                    relativeDeviation: row.figures.all.relativeDeviation, normalWeeks: row.figures.normalWeeks,
                    lowProductionWeeks: row.figures.lowProductionWeeks,
                    accuracy: FollowUpMeasuresAPI.Accuracy(row.accuracy),
                    weeks: capacity.weekly(unit: scope, resource: row.resource.code).map {
                        FollowUpMeasuresAPI.Week(
                            week: $0.week.description, forecast: $0.figures.planned, actual: $0.figures.actual,
                            lowProduction: calendar.isLowProduction($0.week))
                    })
            })
    }

    private func waitingLists(_ service: FollowUpMeasuresService, _ scope: String) throws
        -> FollowUpMeasuresAPI.WaitingListReport
    {
        let followUp = try service.waitingLists()
        return FollowUpMeasuresAPI.WaitingListReport(
            scope: scope,
            plans: followUp.plans.map {
                FollowUpMeasuresAPI.WaitingPlan(
                    id: $0.id, name: $0.name, version: $0.version,
                    startSnapshot: followUp.startSnapshots[$0.id]?.description)
            },
            snapshots: try followUp.comparisons(unit: scope).map {
                FollowUpMeasuresAPI.WaitingComparison(
                    week: $0.week.description, projected: $0.figures.planned, actual: $0.figures.actual,
                    lowProduction: followUp.figures.calendar.isLowProduction($0.week))
            },
            objects: try followUp.objectRows(under: scope).map {
                FollowUpMeasuresAPI.WaitingObject(
                    object: $0.code, name: $0.name, projected: $0.figures.planned, actual: $0.figures.actual)
            })
    }

    /// Resolves the scope (404 for an unknown or invisible unit) and runs `work` off the event loop, mapping the
    /// service's refusals: missing data is 409, anything else 422.
    private func run<T: Sendable>(
        unit request: Request, user: NodeUser?,
        _ work: @escaping @Sendable (FollowUpMeasuresService, String) throws -> T
    ) async throws -> T {
        let unit = request.uri.queryParameters["unit"].map(String.init)
        let store = store
        return try await BlockingWork.run {
            guard let tree = try store.organisationTree() else {
                throw APIError(
                    .conflict, code: "follow_up.no_organisation",
                    message: "Ingen organisation är importerad ännu. Importera enheter först.")
            }
            let scope = unit ?? (user?.role.isScoped == true ? user?.unitCode : nil) ?? tree.rootCode
            guard tree.units[scope] != nil else { throw APIError.notFound("Okänd enhet \"\(scope)\".") }
            if let user, !user.canSee(unit: scope, in: tree) { throw NodeAccess.outOfScope(scope) }
            do {
                return try work(FollowUpMeasuresService(store: store), scope)
            } catch let error as FollowUpServiceError {
                throw error.apiError
            }
        }
    }
}

extension FollowUpMeasuresAPI.ForecastAccuracyReport: ResponseEncodable {}
extension FollowUpMeasuresAPI.CapacityReport: ResponseEncodable {}
extension FollowUpMeasuresAPI.WaitingListReport: ResponseEncodable {}
extension FollowUpMeasuresAPI.CareGuaranteeReport: ResponseEncodable {}
