import Forecasting
import NodeStore
import PlanningDomain

/// JSON shapes of the node's API (v1). Field names are English; values that planners read (messages, notes)
/// are Swedish.
enum NodeAPI {
    struct Coverage: Codable, Sendable {
        var rows: Int
        var weeks: Int
        var firstWeek: String?
        var lastWeek: String?
        var total: Double

        init(_ coverage: SeriesCoverage) {
            rows = coverage.rowCount
            weeks = coverage.weekCount
            firstWeek = coverage.firstWeek?.description
            lastWeek = coverage.lastWeek?.description
            total = coverage.total
        }
    }

    struct Snapshot: Codable, Sendable {
        var date: String
        var entries: Int
    }

    struct Status: Codable, Sendable {
        var unitsByLevel: [String: Int]
        var planningObjects: Int
        var resources: Int
        var inflow: Coverage
        var production: Coverage
        var cancellations: Coverage
        var occupiedBedDays: Coverage
        var completedWaits: Coverage
        var capacity: Coverage
        var waitingSnapshots: [Snapshot]
        var importRuns: Int
        var lastImportAt: String?

        init(_ summary: RegionSummary) {
            unitsByLevel = Dictionary(
                uniqueKeysWithValues: OrganisationLevel.allCases.map { ($0.swedishName, summary.unitsByLevel[$0] ?? 0) }
            )
            planningObjects = summary.planningObjectCount
            resources = summary.resourceCount
            inflow = Coverage(summary.inflow)
            production = Coverage(summary.production)
            cancellations = Coverage(summary.cancellations)
            occupiedBedDays = Coverage(summary.occupiedBedDays)
            completedWaits = Coverage(summary.completedWaits)
            capacity = Coverage(summary.capacity)
            waitingSnapshots = summary.waitingSnapshots.map {
                Snapshot(date: $0.date.description, entries: $0.entryCount)
            }
            importRuns = summary.importRunCount
            lastImportAt = summary.lastImportAt
        }
    }

    struct ForecastWeek: Codable, Sendable {
        var week: String
        var mean: Double
        var p025: Double
        var p10: Double
        var p50: Double
        var p90: Double
        var p975: Double
    }

    struct Score: Codable, Sendable {
        var method: String
        var mase: Double?
        var smape: Double?
        var bias: Double?
        var coverage80: Double?
        var coverage95: Double?
        var origins: Int
        var chosen: Bool
    }

    struct Forecast: Codable, Sendable {
        var object: String
        var unit: String
        var runID: Int64
        var runFinishedAt: String
        var method: String
        var methodVersion: String
        var model: String
        var parameters: [String: Double]
        var pinned: Bool
        var note: String?
        var inputSHA256: String
        var historyWeeks: Int
        var weeks: [ForecastWeek]
        var backtest: [Score]

        init(_ stored: StoredForecast) {
            object = stored.objectCode
            unit = stored.unitCode
            runID = stored.runID
            runFinishedAt = stored.runFinishedAt
            method = stored.method
            methodVersion = stored.methodVersion
            model = stored.model
            parameters = stored.parameters
            pinned = stored.pinned
            note = stored.note
            inputSHA256 = stored.inputFingerprint
            historyWeeks = stored.historyWeeks
            let paths = StandardQuantiles.levels.map { stored.forecast.quantile($0) ?? stored.forecast.mean }
            weeks = stored.weeks.indices.map { step in
                ForecastWeek(
                    week: stored.weeks[step].description, mean: stored.forecast.mean[step], p025: paths[0][step],
                    p10: paths[1][step], p50: paths[2][step], p90: paths[3][step], p975: paths[4][step])
            }
            backtest = stored.scores.map {
                Score(
                    method: $0.method, mase: $0.mase, smape: $0.smape, bias: $0.bias, coverage80: $0.coverage80,
                    coverage95: $0.coverage95, origins: $0.origins, chosen: $0.chosen)
            }
        }
    }

    struct ForecastSummary: Codable, Sendable {
        var object: String
        var unit: String
        var method: String
        var model: String
        var firstWeek: String?
        var meanFirst13Weeks: Double
    }

    struct ForecastRunBody: Codable, Sendable {
        var horizon: Int?
        var unit: String?
        var objects: [String]?
        var method: String?
    }

    struct ForecastRunResult: Codable, Sendable {
        var runID: Int64
        var objects: Int
        var firstWeek: String
        var horizon: Int
        var methods: [String: Int]
        var notes: [String: String]
        var keptPrevious: [String: String]
    }

    struct ImportFile: Codable, Sendable {
        var name: String
        var feed: String
        var rows: Int
        var records: Int
        var ignoredColumns: [String]
    }

    struct ImportResult: Codable, Sendable {
        var importRun: Int64
        var records: Int
        var changed: Int
        var files: [ImportFile]
    }
}
