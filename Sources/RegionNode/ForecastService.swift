public import Forecasting
public import Foundation
public import NodeStore
public import PlanningDomain

/// What to forecast.
public struct ForecastRunRequest: Sendable {
    /// Inflow (the default) or production.
    public var series: ActivitySeries
    /// Weeks ahead (12–24 months is what planners use).
    public var horizon: Int
    /// Only these planning objects; nil = all.
    public var objectCodes: Set<String>?
    /// Only objects of this unit and the units below it; nil = all.
    public var unitCode: String?
    /// A method to use for every object instead of the backtest's choice (planners' pins still apply otherwise).
    public var method: String?

    /// Creates a request.
    public init(
        series: ActivitySeries = .inflow, horizon: Int = 52, objectCodes: Set<String>? = nil, unitCode: String? = nil,
        method: String? = nil
    ) {
        self.series = series
        self.horizon = horizon
        self.objectCodes = objectCodes
        self.unitCode = unitCode
        self.method = method
    }
}

/// What a forecast run did.
public struct ForecastRunReport: Sendable {
    /// The stored run's id.
    public var runID: Int64
    /// Objects forecast.
    public var objectCount: Int
    /// How often each method was chosen.
    public var methodCounts: [String: Int]
    /// Objects with a fallback note.
    public var notes: [String: String]
    /// Objects whose pinned method failed: their last good forecast was kept instead of storing another
    /// method's, with the reason.
    public var keptPrevious: [String: String]
    /// The last week of history.
    public var lastHistoryWeek: ISOWeek
    /// Weeks ahead.
    public var horizon: Int
}

/// Why a forecast run could not start.
public struct ForecastRunError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, in Swedish.
    public var description: String
}

/// Forecasts planning objects' weekly series with automatic model selection and stores the run with provenance.
public struct ForecastService: Sendable {
    /// The engine's version, recorded with every run.
    public static let engineVersion = "balans-forecasting 0.1"

    private let store: NodeStore
    private let methods: [any ForecastMethod]
    private let now: @Sendable () -> Date

    /// Creates the service with the candidate methods (built-ins and allowlisted plugins).
    public init(store: NodeStore, methods: [any ForecastMethod], now: @escaping @Sendable () -> Date) {
        self.store = store
        self.methods = methods
        self.now = now
    }

    /// Runs the forecasts and stores them in one transaction; the earlier runs stay.
    public func run(_ request: ForecastRunRequest) throws -> ForecastRunReport {
        guard (1...260).contains(request.horizon) else {
            throw ForecastRunError(description: "Horisonten ska vara 1–260 veckor, inte \(request.horizon).")
        }
        if let method = request.method, !methods.contains(where: { $0.id == method }) {
            throw ForecastRunError(
                description: "Okänd metod \"\(method)\". Tillgängliga: \(methods.map(\.id).joined(separator: ", ")).")
        }
        let started = now()
        var scope = "alla planeringsobjekt"
        var codes = request.objectCodes
        if let unit = request.unitCode {
            let master = try store.masterData()
            let tree = try OrganisationTree(units: master.units)
            guard tree.units[unit] != nil else {
                throw ForecastRunError(description: "Okänd enhet \"\(unit)\".")
            }
            let inUnit = Set(master.planningObjects.filter { tree.isWithin($0.unitCode, ancestor: unit) }.map(\.code))
            codes = codes.map { $0.intersection(inUnit) } ?? inUnit
            scope = "enhet \(unit)"
        }
        if let objectCodes = request.objectCodes {
            scope = "planeringsobjekt \(objectCodes.sorted().joined(separator: ", "))"
        }
        let (lastWeek, stored) = try store.weeklySeries(request.series, objectCodes: codes)
        guard let lastWeek, !stored.isEmpty else {
            throw ForecastRunError(
                description: "Det finns inget \(request.series.swedishName) att göra prognos på"
                    + (codes == nil ? "." : " för urvalet.") + " Importera data först (balans import).")
        }
        let pins = try store.pinnedMethods()
        // Objects pinned to a method are forecast in their own batch; the rest let the backtest decide.
        var groups: [String?: [StoredSeries]] = [:]
        for series in stored {
            let pinned =
                request.method
                ?? pins[series.objectCode].flatMap { pin in
                    methods.contains { $0.id == pin } ? pin : nil
                }
            groups[pinned, default: []].append(series)
        }
        let forecaster = AutoForecaster(methods: methods)
        let pinnedCodes = Set(groups.filter { $0.key != nil }.values.joined().map(\.objectCode))
        let withPrevious =
            pinnedCodes.isEmpty
            ? [] : Set(try store.latestForecasts(request.series, objectCodes: pinnedCodes).map(\.objectCode))
        var forecasts: [NewForecast] = []
        var methodCounts: [String: Int] = [:]
        var notes: [String: String] = [:]
        var keptPrevious: [String: String] = [:]
        for (pinned, group) in groups.sorted(by: { ($0.key ?? "") < ($1.key ?? "") }) {
            let inputs = group.map {
                TimeSeries(values: $0.values, frequency: .weekly, start: .week($0.firstWeek))
            }
            let results = forecaster.run(batch: inputs, horizon: request.horizon, pinnedMethod: pinned)
            for (series, result) in zip(group, results) {
                if let pinned, result.chosenMethod != pinned, withPrevious.contains(series.objectCode) {
                    // The pinned method (often a region's plugin) failed: keep the last good forecast rather
                    // than silently replacing it with another method's.
                    keptPrevious[series.objectCode] =
                        "Den låsta metoden \(pinned) gav ingen prognos; den senaste lyckade prognosen behålls."
                    continue
                }
                let method = methods.first { $0.id == result.chosenMethod }
                forecasts.append(
                    NewForecast(
                        objectCode: series.objectCode, method: result.chosenMethod,
                        methodVersion: method?.version ?? "–", forecast: result.forecast,
                        inputFingerprint: Fingerprint.of(series), historyWeeks: series.values.count,
                        pinned: pinned != nil, note: result.note,
                        scores: result.scores.map { score in
                            StoredBacktestScore(
                                method: score.methodID, mase: score.mase, smape: score.smape, bias: score.bias,
                                coverage80: score.coverage80, coverage95: score.coverage95, origins: score.origins,
                                chosen: score.methodID == result.chosenMethod)
                        }))
                methodCounts[result.chosenMethod, default: 0] += 1
                if let note = result.note { notes[series.objectCode] = note }
            }
        }
        guard !forecasts.isEmpty else {
            throw ForecastRunError(
                description: "Ingen ny prognos kunde göras; de senaste lyckade prognoserna behålls. "
                    + keptPrevious.values.sorted().joined(separator: " "))
        }
        let formatter = ISO8601DateFormatter()
        let runID = try store.saveForecastRun(
            NewForecastRun(
                startedAt: formatter.string(from: started), finishedAt: formatter.string(from: now()),
                series: request.series, horizon: request.horizon, lastHistoryWeek: lastWeek, scope: scope,
                engineVersion: ForecastService.engineVersion, forecasts: forecasts))
        return ForecastRunReport(
            runID: runID, objectCount: forecasts.count, methodCounts: methodCounts, notes: notes,
            keptPrevious: keptPrevious,
            lastHistoryWeek: lastWeek, horizon: request.horizon)
    }
}

/// SHA-256 of a forecast's input (first week and every value, little-endian), so two runs on the same history
/// are recognisable.
enum Fingerprint {
    static func of(_ series: StoredSeries) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 * (series.values.count + 1))
        func append(_ value: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) {
                bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
            }
        }
        append(UInt64(bitPattern: Int64(series.firstWeek.key)))
        for value in series.values { append(value.bitPattern) }
        return SHA256.hex(bytes)
    }
}
