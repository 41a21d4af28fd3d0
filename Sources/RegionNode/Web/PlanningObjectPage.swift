import Forecasting
import NodeStore
import PlanningDomain
import WebUI

/// One planning object: its inflow history and the latest forecast with 80 % and 95 % intervals, the backtest
/// that chose the model, and the forecast week by week.
enum PlanningObjectPage {
    /// History weeks shown before the forecast.
    static let historyWeeks = 104

    static func build(_ context: PageContext, code: String) throws -> WebPage {
        guard let object = context.master.planningObjects.first(where: { $0.code == code }) else {
            throw WebError.notFound("Planeringsobjektet \"\(code)\" finns inte.")
        }
        try context.requireVisible(object.unitCode, what: "Planeringsobjektet \(code)")
        var page = context.page("\(object.name) (\(object.code))")
        page.add(
            DefinitionList([
                .init("Enhet", context.unitLabel(object.unitCode)), .init("Specialitet", object.specialty),
                .init("Vårdtjänst", object.careService), .init("Vårdgivarkategori", object.providerCategory),
                .init("Kontakttyp", object.contactType.swedishName),
                .init("Medicinsk prioritet", object.medicalPriority),
            ]).node())

        let (_, series) = try context.store.weeklySeries(.inflow, objectCodes: [code])
        let history = series.first
        let forecast = try context.store.latestForecasts(.inflow, objectCodes: [code]).first
        page.section("Inflöde och prognos") { section in
            chart(history: history, forecast: forecast, into: &section)
        }
        page.section("Prognosens modell") { section in
            model(forecast, into: &section)
        }
        if let forecast {
            page.section("Prognos vecka för vecka") { section in
                let paths = StandardQuantiles.levels.map { forecast.forecast.quantile($0) ?? forecast.forecast.mean }
                section.add(
                    WebTable(
                        id: "prognos", caption: "Prognos för inflödet, \(object.code)",
                        columns: [
                            .init("Vecka"), .init("Medel", kind: .number(decimals: 1)),
                            .init("80 %, nedre", kind: .number(decimals: 1)),
                            .init("80 %, övre", kind: .number(decimals: 1)),
                            .init("95 %, nedre", kind: .number(decimals: 1)),
                            .init("95 %, övre", kind: .number(decimals: 1)),
                        ],
                        rows: forecast.weeks.indices.map { step in
                            [
                                .text(forecast.weeks[step].description), .number(forecast.forecast.mean[step]),
                                .number(paths[1][step]), .number(paths[3][step]), .number(paths[0][step]),
                                .number(paths[4][step]),
                            ]
                        }, fileName: "prognos-\(object.code)"))
            }
        }
        return page
    }

    /// History (the last two years) and forecast on one week axis, with the intervals as bands.
    static func chart(history: StoredSeries?, forecast: StoredForecast?, into page: inout WebPage) {
        var weeks: [ISOWeek] = []
        var actual: [Double?] = []
        if let history {
            let shown = history.values.suffix(historyWeeks)
            let first = history.firstWeek.adding(weeks: history.values.count - shown.count)
            for (offset, value) in shown.enumerated() {
                weeks.append(first.adding(weeks: offset))
                actual.append(value)
            }
        }
        let historyCount = weeks.count
        var mean: [Double?] = Array(repeating: nil, count: historyCount)
        var bands: [[Double?]] = Array(repeating: Array(repeating: nil, count: historyCount), count: 4)
        if let forecast {
            let paths = [0, 1, 3, 4].map {
                forecast.forecast.quantile(StandardQuantiles.levels[$0]) ?? forecast.forecast.mean
            }
            for (step, week) in forecast.weeks.enumerated() where weeks.last.map({ week > $0 }) ?? true {
                weeks.append(week)
                actual.append(nil)
                mean.append(forecast.forecast.mean[step])
                for index in 0..<4 { bands[index].append(paths[index][step]) }
            }
        }
        guard !weeks.isEmpty else {
            page.paragraph("Det finns varken inflöde eller prognos för objektet ännu.")
            return
        }
        page.add(
            LineChart(
                options: ChartOptions(
                    title: "Inflöde per vecka: utfall och prognos", id: "inflode-prognos",
                    unit: "patienter per vecka", tableDecimals: 1),
                labels: weeks.map(SwedishFormat.weekShort),
                series: [
                    ChartSeries(name: "Inflöde, utfall", values: actual, style: .actual),
                    ChartSeries(name: "Prognos, medel", values: mean, style: .forecast),
                ],
                bands: [
                    ChartBand(name: "95 %-intervall", lower: bands[0], upper: bands[3], opacity: 0.15),
                    ChartBand(name: "80 %-intervall", lower: bands[1], upper: bands[2], opacity: 0.3),
                ], includesZero: true
            ).figure())
    }

    /// Which method won the backtest, with what parameters, and every candidate's scores.
    static func model(_ forecast: StoredForecast?, into page: inout WebPage) {
        guard let forecast else {
            page.paragraph("Ingen prognos ännu. En produktionsanalytiker kör prognosen (balans forecast).")
            return
        }
        var items: [DefinitionList.Item] = [
            .init("Metod", "\(forecast.method) \(forecast.methodVersion)"), .init("Modell", forecast.model),
            .init("Vald", forecast.pinned ? "Låst av planerare" : "Genom backtest (lägst MASE)"),
            .init("Prognoskörning", "\(forecast.runID), \(WebText.timestamp(forecast.runFinishedAt))"),
            .init("Historik", "\(forecast.historyWeeks) veckor"),
        ]
        if !forecast.parameters.isEmpty {
            items.append(
                .init(
                    "Parametrar",
                    forecast.parameters.sorted { $0.key < $1.key }.map {
                        "\($0.key) = \(SwedishFormat.value($0.value))"
                    }
                    .joined(separator: ", ")))
        }
        if let note = forecast.note { items.append(.init("Obs", note)) }
        page.add(DefinitionList(items).node())
        let origins = forecast.scores.map(\.origins).max() ?? 0
        page.add(
            WebTable(
                id: "backtest",
                caption: "Backtest med rullande startpunkt (\(origins) startpunkter), bäst först",
                columns: [
                    .init("Metod"), .init("Vald"), .init("MASE", kind: .number(decimals: 2)),
                    .init("sMAPE", kind: .number(decimals: 1)), .init("Bias", kind: .number(decimals: 2)),
                    .init("Täckning 80 %", kind: .percent(decimals: 0)),
                    .init("Täckning 95 %", kind: .percent(decimals: 0)),
                ],
                rows: forecast.scores.map { score in
                    [
                        .text(score.method), .text(score.chosen ? "Ja" : ""), .number(score.mase), .number(score.smape),
                        .number(score.bias), .number(score.coverage80), .number(score.coverage95),
                    ]
                }, fileName: "backtest-\(forecast.objectCode)",
                emptyMessage: "Ingen backtest: historiken är för kort."))
    }
}
