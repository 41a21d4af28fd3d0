import Forecasting
import GRDB
import NodeStore
import PlanningDomain
import Testing

@Suite("Forecast storage")
struct ForecastStoreTests {
    func storeWithHistory() throws -> NodeStore {
        let store = try NodeStore.inMemory()
        var batch = sampleMasterData()
        batch.inflow = (1...10).map { WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, $0), count: $0) }
        // Week 4 missing on purpose: the series must come back dense with a 0 there.
        batch.inflow.remove(at: 3)
        _ = try store.storeImport(batch, files: [], importedAt: "t")
        return store
    }

    func forecast(_ values: [Double], spread: Double = 2) -> ModelForecast {
        let paths = zip(StandardQuantiles.levels, [-2.0, -1.0, 0, 1.0, 2.0]).map { level, z in
            QuantilePath(level: level, values: values.map { max(0, $0 + z * spread) })
        }
        return ModelForecast(mean: values, quantiles: paths, model: "Test", parameters: ["alpha": 0.5])
    }

    @Test func weeklySeriesIsDenseAndEndsAtTheLastWeek() throws {
        let store = try storeWithHistory()
        let (last, series) = try store.weeklySeries(.inflow)
        #expect(last == week(2025, 10))
        #expect(series.count == 1)
        #expect(series[0].firstWeek == week(2025, 1))
        #expect(series[0].values == [1, 2, 3, 0, 5, 6, 7, 8, 9, 10])
        #expect(series[0].unitCode == "ORT-MOT")
    }

    @Test func aStoredRunComesBackWithValuesScoresAndProvenance() throws {
        let store = try storeWithHistory()
        let entry = NewForecast(
            objectCode: "ORT-NYB", method: "ets", methodVersion: "1", forecast: forecast([10, 11, 12]),
            inputFingerprint: "abc", historyWeeks: 10, pinned: false, note: nil,
            scores: [
                StoredBacktestScore(
                    method: "snaive", mase: 1.4, smape: 30, bias: 1, coverage80: 0.7, coverage95: 0.9, origins: 3,
                    chosen: false),
                StoredBacktestScore(
                    method: "ets", mase: 0.9, smape: 20, bias: -0.5, coverage80: 0.8, coverage95: 1, origins: 3,
                    chosen: true),
            ])
        let runID = try store.saveForecastRun(
            NewForecastRun(
                startedAt: "s", finishedAt: "f", series: .inflow, horizon: 3, lastHistoryWeek: week(2025, 10),
                scope: "alla", engineVersion: "test", forecasts: [entry]))
        let stored = try #require(try store.latestForecasts(.inflow).first)
        #expect(stored.runID == runID)
        #expect(stored.weeks == [week(2025, 11), week(2025, 12), week(2025, 13)])
        #expect(stored.forecast.mean == [10, 11, 12])
        #expect(stored.forecast.quantile(0.975) == [14, 15, 16])
        #expect(stored.parameters == ["alpha": 0.5])
        #expect(stored.scores.first?.method == "ets")
        #expect(stored.scores.first?.chosen == true)
        #expect(stored.scores.count == 2)
    }

    @Test func theLatestRunWinsAndEarlierRunsAreKept() throws {
        let store = try storeWithHistory()
        for (index, level) in [5.0, 7.0].enumerated() {
            let entry = NewForecast(
                objectCode: "ORT-NYB", method: "naive", methodVersion: "1", forecast: forecast([level]),
                inputFingerprint: "x", historyWeeks: 10, pinned: false, note: nil, scores: [])
            try store.saveForecastRun(
                NewForecastRun(
                    startedAt: "s\(index)", finishedAt: "f\(index)", series: .inflow, horizon: 1,
                    lastHistoryWeek: week(2025, 10), scope: "alla", engineVersion: "test", forecasts: [entry]))
        }
        #expect(try store.latestForecasts(.inflow).map(\.forecast.mean) == [[7.0]])
        #expect(try store.forecastRunCount() == 2)
    }

    @Test func schemaRefusesQuantilesOutOfOrder() throws {
        let store = try storeWithHistory()
        var bad = forecast([10])
        bad.quantiles[0].values = [50]  // 2.5 % above the median
        let entry = NewForecast(
            objectCode: "ORT-NYB", method: "naive", methodVersion: "1", forecast: bad, inputFingerprint: "x",
            historyWeeks: 10, pinned: false, note: nil, scores: [])
        #expect(throws: DatabaseError.self) {
            try store.saveForecastRun(
                NewForecastRun(
                    startedAt: "s", finishedAt: "f", series: .inflow, horizon: 1, lastHistoryWeek: week(2025, 10),
                    scope: "alla", engineVersion: "test", forecasts: [entry]))
        }
        #expect(try store.forecastRunCount() == 0)
    }

    @Test func pinningAndUnpinningAMethod() throws {
        let store = try storeWithHistory()
        #expect(try store.pinMethod(objectCode: "ORT-NYB", method: "ets", at: "t", reason: "stabil serie"))
        #expect(try store.pinnedMethods() == ["ORT-NYB": "ets"])
        #expect(try store.pinMethod(objectCode: "ORT-NYB", method: "theta", at: "t2", reason: nil))
        #expect(try store.pinnedMethods() == ["ORT-NYB": "theta"])
        #expect(try !store.pinMethod(objectCode: "NOPE", method: "ets", at: "t", reason: nil))
        #expect(try store.unpinMethod(objectCode: "ORT-NYB"))
        #expect(try store.pinnedMethods().isEmpty)
        #expect(try !store.unpinMethod(objectCode: "ORT-NYB"))
    }
}
