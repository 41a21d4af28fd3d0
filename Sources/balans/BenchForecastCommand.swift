import ArgumentParser
import Forecasting
import Foundation
import PlanningDomain

/// `balans bench-forecast`: developer plumbing for `Benchmarks/forecast/run.sh`. Reads long-format series
/// (`series_id,t,value`), runs automatic model selection (backtest included) on all of them, writes the mean
/// forecasts as `series_id,step,mean` and prints the timing and how often each method was chosen.
struct BenchForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-forecast",
        abstract: "Developer benchmark: automatic forecasting of series from a long-format CSV.",
        shouldDisplay: false)

    @Argument(help: "CSV with the header series_id,t,value (any row order; t orders each series).")
    var input: String

    @Option(help: "weekly or monthly.")
    var frequency: String

    @Option(help: "Periods to forecast.")
    var horizon: Int

    @Option(help: "Where to write series_id,step,mean (step 1 is the first period after the data).")
    var output: String

    @Option(help: "First period of every series: an ISO week (2023-W01) or a month (2023-01). Default: no calendar.")
    var start: String?

    @Option(help: "Also write series_id,method,model: the chosen method of each series.")
    var choices: String?

    @Option(help: "Use this method for every series instead of the backtest's choice.")
    var pin: String?

    func validate() throws {
        guard SeriesFrequency(rawValue: frequency) != nil else {
            throw ValidationError("--frequency is \"\(frequency)\"; use weekly or monthly.")
        }
        guard horizon >= 1 else { throw ValidationError("--horizon must be at least 1, not \(horizon).") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let began = clock.now
        let frequency = SeriesFrequency(rawValue: frequency)!
        let origin = try seriesStart()
        let table = try BenchSeriesTable.read(path: input)
        let batch = table.values.map { TimeSeries(values: $0, frequency: frequency, start: origin) }

        let methods = BuiltInMethods.candidates(for: frequency)
        let forecastBegan = clock.now
        let results = AutoForecaster(methods: methods).run(batch: batch, horizon: horizon, pinnedMethod: pin)
        let forecastSeconds = (clock.now - forecastBegan).seconds

        try write(results, ids: table.ids)
        let totalSeconds = (clock.now - began).seconds
        print("series: \(batch.count)")
        print("observations: \(batch.reduce(0) { $0 + $1.count })")
        print("candidates: \(methods.map(\.id).joined(separator: " "))")
        print("forecast_seconds: \(String(format: "%.3f", forecastSeconds))")
        print("total_seconds: \(String(format: "%.3f", totalSeconds))")
        print("notes: \(results.filter { $0.note != nil }.count)")
        let counts = Dictionary(grouping: results, by: \.chosenMethod).mapValues(\.count)
        for (method, count) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            print("chosen \(method): \(count)")
        }
    }

    private func seriesStart() throws -> SeriesStart {
        guard let start else { return .index(0) }
        if case .success(let week) = ISOWeek.parse(start) { return .week(week) }
        if let month = YearMonth.parse(start) { return .month(month) }
        throw ValidationError("--start is \"\(start)\"; write an ISO week (2023-W01) or a month (2023-01).")
    }

    private func write(_ results: [AutoForecastResult], ids: [String]) throws {
        var forecasts = "series_id,step,mean\n"
        var chosen = "series_id,method,model\n"
        for (id, result) in zip(ids, results) {
            for (step, mean) in result.forecast.mean.enumerated() {
                forecasts += "\(id),\(step + 1),\(mean)\n"
            }
            chosen += "\(id),\(result.chosenMethod),\"\(result.forecast.model)\"\n"
        }
        try forecasts.write(toFile: output, atomically: true, encoding: .utf8)
        if let choices { try chosen.write(toFile: choices, atomically: true, encoding: .utf8) }
    }
}

/// Series read from a long-format CSV, in the order their ids first appear.
struct BenchSeriesTable {
    var ids: [String] = []
    var values: [[Double]] = []

    /// Parses `series_id,t,value` rows (LF or CRLF); each series is ordered by `t`.
    static func read(path: String) throws -> BenchSeriesTable {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var index: [String: Int] = [:]
        var points: [[(t: Int, value: Double)]] = []
        var table = BenchSeriesTable()
        var lineNumber = 0
        for rawLine in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            lineNumber += 1
            let line = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
            if lineNumber == 1 || line.isEmpty { continue }
            let fields = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 3, let t = Int(fields[1]), let value = Double(fields[2]), value.isFinite else {
                let text = String(decoding: line, as: UTF8.self)
                throw ValidationError("\(path) line \(lineNumber): expected series_id,t,value, got \"\(text)\".")
            }
            let slot: Int
            if let known = index[fields[0]] {
                slot = known
            } else {
                slot = points.count
                index[fields[0]] = slot
                table.ids.append(fields[0])
                points.append([])
            }
            points[slot].append((t, value))
        }
        guard !points.isEmpty else { throw ValidationError("\(path) has no rows after the header.") }
        table.values = points.map { series in series.sorted { $0.t < $1.t }.map(\.value) }
        return table
    }
}

extension Duration {
    /// The duration in seconds.
    fileprivate var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}
