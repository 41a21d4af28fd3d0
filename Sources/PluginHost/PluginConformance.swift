import ForecastPlugin
import Forecasting
import PlanningDomain

/// The conformance kit behind `balans plugin check`: runs a plugin through fixed cases (a describe call,
/// short, long, all-zero and single-observation weekly series, a 52-week horizon, monthly series) and reports
/// per case. The plugin is run as if allowlisted, with the normal deadline, caps and validation.
public struct PluginConformance: Sendable {
    /// Deadline and caps for each case.
    public var configuration: PluginHostConfiguration
    /// Builds the calendar covariates.
    public var requestBuilder: PluginRequestBuilder

    /// Creates a kit.
    public init(
        configuration: PluginHostConfiguration = PluginHostConfiguration(),
        requestBuilder: PluginRequestBuilder = PluginRequestBuilder()
    ) {
        self.configuration = configuration
        self.requestBuilder = requestBuilder
    }

    /// Runs every case against `plugin`.
    public func check(_ plugin: PluginPackage) -> [ConformanceResult] {
        let runner = PluginRunner(
            allowlist: PluginAllowlist(entries: [plugin.allowlistEntry]), configuration: configuration)
        let clock = ContinuousClock()
        var results: [ConformanceResult] = []
        let started = clock.now
        let describe = runner.describe(plugin)
        let describeOutcome: ConformanceResult.Outcome =
            switch describe {
            case let .failure(failure): .failed(failure.message)
            case let .success(run) where run.response.model.version != plugin.manifest.version:
                .failed(
                    "model.version är \"\(run.response.model.version)\" men manifestet säger "
                        + "\"\(plugin.manifest.version)\".")
            case .success: .passed
            }
        results.append(
            ConformanceResult(name: "beskrivning (describe)", outcome: describeOutcome, duration: clock.now - started))

        for conformanceCase in Self.cases {
            let started = clock.now
            let outcome = run(conformanceCase, plugin: plugin, runner: runner)
            results.append(
                ConformanceResult(name: conformanceCase.name, outcome: outcome, duration: clock.now - started))
        }
        return results
    }

    private func run(
        _ conformanceCase: Case, plugin: PluginPackage, runner: PluginRunner
    ) -> ConformanceResult.Outcome {
        let manifest = plugin.manifest
        let frequency = PluginRequestBuilder.frequency(conformanceCase.series[0].frequency)
        guard manifest.frequencies.contains(frequency) else {
            return .skipped("pluginen stöder inte frekvensen \(frequency.rawValue).")
        }
        var horizon = conformanceCase.horizon
        if horizon > manifest.maximumHorizon {
            guard !conformanceCase.requiresFullHorizon else {
                return .skipped("pluginens maximumHorizon är \(manifest.maximumHorizon).")
            }
            horizon = manifest.maximumHorizon
        }
        let inputs = conformanceCase.series.enumerated().compactMap { index, series in
            requestBuilder.input(id: "serie-\(index + 1)", series: series, horizon: horizon)
        }
        let request = ForecastRequest(
            command: .forecast, horizon: horizon, quantiles: StandardQuantiles.levels, frequency: frequency,
            series: inputs)
        switch runner.run(request, with: plugin) {
        case let .failure(failure): return .failed(failure.message)
        case .success: return .passed
        }
    }

    struct Case: Sendable {
        var name: String
        var series: [TimeSeries]
        var horizon: Int
        var requiresFullHorizon = false
    }

    static let cases: [Case] = {
        let week = ISOWeek(year: 2021, week: 1)!
        func weekly(_ count: Int, level: Double, start: ISOWeek = week) -> TimeSeries {
            let values = (0..<count).map { offset -> Double in
                let number = start.adding(weeks: offset).week
                let season = (27...32).contains(number) || number >= 51 || number == 1 ? 0.5 : 1.0
                return (level * season * (1 + 0.15 * Double((offset * 7) % 5 - 2) / 2)).rounded()
            }
            return TimeSeries(values: values, frequency: .weekly, start: .week(start))
        }
        let month = YearMonth(year: 2020, month: 1)!
        let monthly = TimeSeries(
            values: (0..<60).map { offset -> Double in
                let summerDip = offset % 12 == 6 ? -80 : 0
                return Double(200 + summerDip + (offset * 13) % 17)
            },
            frequency: .monthly,
            start: .month(month))
        return [
            Case(name: "kort veckoserie (3 veckor)", series: [weekly(3, level: 12)], horizon: 8),
            Case(name: "en enda observation", series: [weekly(1, level: 4)], horizon: 4),
            Case(
                name: "lång veckoserie (4 år, 3 serier i samma anrop)",
                series: [weekly(208, level: 40), weekly(208, level: 3), weekly(150, level: 90)], horizon: 26),
            Case(
                name: "bara nollor (104 veckor)",
                series: [
                    TimeSeries(values: [Double](repeating: 0, count: 104), frequency: .weekly, start: .week(week))
                ],
                horizon: 13),
            Case(name: "horisont 52 veckor", series: [weekly(156, level: 25)], horizon: 52, requiresFullHorizon: true),
            Case(name: "månadsserie (5 år)", series: [monthly], horizon: 12),
        ]
    }()
}
