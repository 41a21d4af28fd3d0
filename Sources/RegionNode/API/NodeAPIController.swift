import FeedFormats
import Forecasting
import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport

/// The node's JSON API, v1: status, forecasts, forecast runs and imports.
struct NodeAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore
    let methods: @Sendable () -> [any ForecastMethod]
    let now: @Sendable () -> Date
    /// Largest accepted upload, bytes.
    let maximumUploadBytes: Int
    let metrics: OperationalMetrics

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("status") { _, context in
            _ = try context.requireUser()
            return try await status()
        }
        group.get("forecasts") { request, context in
            let user = try context.requireUser()
            return try await forecasts(unit: request.uri.queryParameters["unit"].map(String.init), visibleTo: user)
        }
        group.get("forecasts/:object") { _, context in
            let user = try context.requireUser()
            return try await forecast(object: try context.parameters.require("object"), visibleTo: user)
        }
        group.post("forecast-runs") { request, context in
            _ = try context.requireEditor()
            let body = try await request.decode(as: NodeAPI.ForecastRunBody.self, context: context)
            return try await runForecast(body)
        }
        group.post("imports") { request, context in
            _ = try context.requireEditor()
            let query = request.uri.queryParameters
            guard let file = query["file"].map(String.init), !file.isEmpty else {
                throw APIError.badRequest("Ange filens namn: ?file=inflode.csv (namnet avgör flödet om ?feed saknas).")
            }
            var feed: FeedKind?
            if let name = query["feed"].map(String.init) {
                guard let kind = FeedKind(name: name) else {
                    throw APIError.badRequest("Okänt flöde \"\(name)\". Välj ett av: \(FeedKind.helpList).")
                }
                feed = kind
            }
            var snapshot: CivilDate?
            if let text = query["snapshotDate"].map(String.init) {
                guard let date = CivilDate.parse(text) else {
                    throw APIError.badRequest("snapshotDate \"\(text)\" är inget datum. Skriv ÅÅÅÅ-MM-DD.")
                }
                snapshot = date
            }
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: maximumUploadBytes)
            } catch {
                throw APIError(
                    .contentTooLarge, code: "import.too_large",
                    message: "Filen är större än \(maximumUploadBytes / 1_048_576) MiB. Dela upp den eller importera "
                        + "den med balans import på servern.")
            }
            let bytes = Array(buffer.readableBytesView)
            let importRequest = ImportRequest(
                path: file, feed: feed, sheet: query["sheet"].map(String.init), contents: bytes)
            return try await importFile(importRequest, snapshotDate: snapshot)
        }
    }

    private func status() async throws -> NodeAPI.Status {
        try await BlockingWork.run { [store] in NodeAPI.Status(try store.summary()) }
    }

    private func forecasts(unit: String?, visibleTo user: NodeUser?) async throws -> [NodeAPI.ForecastSummary] {
        try await BlockingWork.run { [store] in
            var codes: Set<String>?
            // A manager sees their own part of the tree only: their scope replaces (or narrows) the filter.
            let scope = unit ?? (user?.role.isScoped == true ? user?.unitCode : nil)
            if let scope {
                let master = try store.masterData()
                let tree = try OrganisationTree(units: master.units)
                guard tree.units[scope] != nil else { throw APIError.notFound("Okänd enhet \"\(scope)\".") }
                if let user, !user.canSee(unit: scope, in: tree) { throw NodeAccess.outOfScope(scope) }
                codes = Set(master.planningObjects.filter { tree.isWithin($0.unitCode, ancestor: scope) }.map(\.code))
            }
            return try store.latestForecasts(.inflow, objectCodes: codes).map { stored in
                NodeAPI.ForecastSummary(
                    object: stored.objectCode, unit: stored.unitCode, method: stored.method, model: stored.model,
                    firstWeek: stored.weeks.first?.description,
                    meanFirst13Weeks: stored.forecast.mean.prefix(13).reduce(0, +)
                        / Double(max(1, min(13, stored.forecast.horizon))))
            }
        }
    }

    private func forecast(object: String, visibleTo user: NodeUser?) async throws -> NodeAPI.Forecast {
        try await BlockingWork.run { [store] in
            guard let stored = try store.latestForecasts(.inflow, objectCodes: [object]).first else {
                throw APIError.notFound(
                    "Ingen prognos för \"\(object)\". Kör en prognos först (POST /api/v1/forecast-runs).")
            }
            try NodeAccess.check(user, sees: stored.unitCode, store: store)
            return NodeAPI.Forecast(stored)
        }
    }

    private func runForecast(_ body: NodeAPI.ForecastRunBody) async throws -> NodeAPI.ForecastRunResult {
        try await BlockingWork.run { [store, methods, now, metrics] in
            let service = ForecastService(store: store, methods: methods(), now: now)
            do {
                let report = try metrics.measure(.forecast) {
                    try service.run(
                        ForecastRunRequest(
                            horizon: body.horizon ?? 52, objectCodes: body.objects.map(Set.init), unitCode: body.unit,
                            method: body.method))
                }
                return NodeAPI.ForecastRunResult(
                    runID: report.runID, objects: report.objectCount,
                    firstWeek: report.lastHistoryWeek.adding(weeks: 1).description, horizon: report.horizon,
                    methods: report.methodCounts, notes: report.notes, keptPrevious: report.keptPrevious)
            } catch let error as ForecastRunError {
                throw APIError(.unprocessableContent, code: "forecast.refused", message: error.description)
            }
        }
    }

    private func importFile(_ request: ImportRequest, snapshotDate: CivilDate?) async throws -> NodeAPI.ImportResult {
        try await BlockingWork.run { [store, now, metrics] in
            do {
                let report = try metrics.measure(.import) {
                    try RegionImporter(store: store, now: now).run(
                        [request], options: ImportOptions(snapshotDate: snapshotDate))
                }
                return NodeAPI.ImportResult(
                    importRun: report.receipt.runID, records: report.receipt.recordCount,
                    changed: report.receipt.changedCount,
                    files: report.files.map {
                        NodeAPI.ImportFile(
                            name: $0.name, feed: $0.feed.rawValue, rows: $0.rowCount, records: $0.recordCount,
                            ignoredColumns: $0.ignoredColumns)
                    })
            } catch let error as FeedValidationError {
                let count = error.issues.count + error.omittedCount
                throw APIError(
                    .unprocessableContent, code: "import.invalid",
                    message: "Importen avbröts: \(count) fel. Ingenting har sparats; rätta filen och skicka den igen.",
                    details: error.issues.map(\.description))
            }
        }
    }
}

extension NodeAPI.Status: ResponseEncodable {}
extension NodeAPI.Forecast: ResponseEncodable {}
extension NodeAPI.ForecastSummary: ResponseEncodable {}
extension NodeAPI.ForecastRunResult: ResponseEncodable {}
extension NodeAPI.ImportResult: ResponseEncodable {}
