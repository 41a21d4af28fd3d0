import Forecasting
import Foundation
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData
import Testing

/// Two years of a small synthetic region, imported into a real database file; with `forecast`, a 52-week inflow
/// forecast of every object is stored too (what plans start from).
func forecastWorkspace(forecast: Bool = false) throws -> (Workspace, SyntheticRegion) {
    let region = SyntheticRegionGenerator.generate(
        SyntheticRegionConfiguration(
            regionCode: "09", seed: 11, lastWeek: ISOWeek(year: 2025, week: 40)!, years: 2, scale: 0.5))
    let workspace = try Workspace()
    let paths = try SyntheticRegionWriter.write(region, to: workspace.path("generated"))
    try workspace.importFiles(paths)
    if forecast {
        _ = try ForecastService(
            store: workspace.store, methods: BuiltInMethods.candidates(for: .weekly), now: fixedNow
        ).run(ForecastRunRequest(horizon: 52))
    }
    return (workspace, region)
}

@Suite("Forecast runs on the node", .serialized)
struct ForecastServiceTests {
    let methods = BuiltInMethods.candidates(for: .weekly)

    @Test func everyPlanningObjectWithInflowGetsAStoredForecast() throws {
        let (workspace, region) = try forecastWorkspace()
        defer { workspace.remove() }
        let service = ForecastService(store: workspace.store, methods: methods, now: fixedNow)
        let report = try service.run(ForecastRunRequest(horizon: 26))
        let objectsWithInflow = Set(region.inflow.map(\.planningObjectCode))
        #expect(report.objectCount == objectsWithInflow.count)
        #expect(report.lastHistoryWeek == ISOWeek(year: 2025, week: 40))
        let stored = try workspace.store.latestForecasts(.inflow)
        #expect(Set(stored.map(\.objectCode)) == objectsWithInflow)
        let ids = Set(methods.map(\.id))
        for forecast in stored {
            #expect(forecast.forecast.horizon == 26)
            #expect(forecast.weeks.first == ISOWeek(year: 2025, week: 41))
            #expect(ids.contains(forecast.method))
            #expect(forecast.forecast.mean.allSatisfy { $0.isFinite && $0 >= 0 })
            // The chosen method is the backtest's best among the methods scored at the most origins, unless a
            // fallback note explains otherwise.
            let mostOrigins = forecast.scores.filter { $0.mase != nil }.map(\.origins).max() ?? 0
            if forecast.note == nil,
                let best = forecast.scores.filter({ $0.origins == mostOrigins }).compactMap(\.mase).min()
            {
                #expect(forecast.scores.first { $0.chosen }?.mase == best)
            }
        }
    }

    @Test func aPinnedMethodIsUsedAndRecordedAsPinned() throws {
        let (workspace, region) = try forecastWorkspace()
        defer { workspace.remove() }
        let code = region.inflow[0].planningObjectCode
        try workspace.store.pinMethod(objectCode: code, method: "snaive", at: "t", reason: "test")
        let service = ForecastService(store: workspace.store, methods: methods, now: fixedNow)
        _ = try service.run(ForecastRunRequest(horizon: 13, objectCodes: [code]))
        let stored = try #require(try workspace.store.latestForecasts(.inflow, objectCodes: [code]).first)
        #expect(stored.method == "snaive")
        #expect(stored.pinned)
        #expect(!stored.scores.isEmpty)
    }

    @Test func aUnitFilterForecastsOnlyItsSubtree() throws {
        let (workspace, region) = try forecastWorkspace()
        defer { workspace.remove() }
        let tree = try OrganisationTree(units: region.units)
        let department = try #require(region.units.first { $0.level == .department })
        let expected = Set(
            region.planningObjects.filter { tree.isWithin($0.unitCode, ancestor: department.code) }.map(\.code)
        ).intersection(region.inflow.map(\.planningObjectCode))
        let service = ForecastService(store: workspace.store, methods: methods, now: fixedNow)
        let report = try service.run(ForecastRunRequest(horizon: 8, unitCode: department.code))
        #expect(report.objectCount == expected.count)
        #expect(Set(try workspace.store.latestForecasts(.inflow).map(\.objectCode)) == expected)
    }

    @Test func unknownMethodOrEmptyDatabaseGivesAClearError() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let service = ForecastService(store: workspace.store, methods: methods, now: fixedNow)
        #expect(throws: ForecastRunError.self) { try service.run(ForecastRunRequest()) }
        #expect(throws: ForecastRunError.self) { try service.run(ForecastRunRequest(method: "kristallkula")) }
        #expect(throws: ForecastRunError.self) { try service.run(ForecastRunRequest(horizon: 0)) }
    }

    @Test func explanationShowsTheBacktestTable() throws {
        let (workspace, region) = try forecastWorkspace()
        defer { workspace.remove() }
        let code = region.inflow[0].planningObjectCode
        let service = ForecastService(store: workspace.store, methods: methods, now: fixedNow)
        _ = try service.run(ForecastRunRequest(horizon: 13, objectCodes: [code]))
        let stored = try #require(try workspace.store.latestForecasts(.inflow, objectCodes: [code]).first)
        let text = ForecastExplainText.render(stored)
        #expect(text.contains("Planeringsobjekt \(code)"))
        #expect(text.contains("MASE"))
        #expect(text.contains("* \(stored.method)"))
        #expect(text.contains(ISOWeek(year: 2025, week: 41)!.description))
    }
}

/// A method that never gives a forecast, like a plugin that crashes every time.
struct AlwaysFailingMethod: ForecastMethod {
    let id = "plugin:broken"
    let version = "1"
    func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? { nil }
}

@Suite("Pinned method failures", .serialized)
struct PinnedFailureTests {
    @Test func aFailingPinnedMethodKeepsTheLastGoodForecast() throws {
        let (workspace, region) = try forecastWorkspace()
        defer { workspace.remove() }
        let code = region.inflow[0].planningObjectCode
        let methods = BuiltInMethods.candidates(for: .weekly) + [AlwaysFailingMethod()]
        let service = ForecastService(store: workspace.store, methods: methods, now: fixedNow)
        _ = try service.run(ForecastRunRequest(horizon: 13, objectCodes: [code]))
        let before = try #require(try workspace.store.latestForecasts(.inflow, objectCodes: [code]).first)
        try workspace.store.pinMethod(objectCode: code, method: "plugin:broken", at: "t", reason: nil)
        // Only the pinned object in the run: nothing new can be stored, and the error says the old one stays.
        #expect(throws: ForecastRunError.self) {
            try service.run(ForecastRunRequest(horizon: 13, objectCodes: [code]))
        }
        let after = try #require(try workspace.store.latestForecasts(.inflow, objectCodes: [code]).first)
        #expect(after.runID == before.runID)
        #expect(after.forecast == before.forecast)
        // In a run with other objects, those are stored and the pinned one is reported as kept.
        let other = try #require(region.inflow.map(\.planningObjectCode).first { $0 != code })
        let report = try service.run(ForecastRunRequest(horizon: 13, objectCodes: [code, other]))
        #expect(report.objectCount == 1)
        #expect(report.keptPrevious[code]?.contains("senaste lyckade prognosen behålls") == true)
        #expect(try workspace.store.latestForecasts(.inflow, objectCodes: [code]).first?.runID == before.runID)
    }
}
