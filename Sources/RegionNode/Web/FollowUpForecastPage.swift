import PlanningDomain
import WebUI

/// Inflow against the forecast that stood before each week: forecast error (MAE, MAPE, WAPE) and bias for the
/// viewer's part of the tree, normal and low-production weeks apart, week by week and per unit and object.
enum FollowUpForecastPage {
    static func build(_ context: PageContext) throws -> WebPage {
        let begun = try FollowUpNavigation.begin(context, "Uppföljning: inflöde mot prognos")
        var page = begun.page
        let scope = begun.scope
        guard
            let followUp = try FollowUpNavigation.load(
                &page, { try FollowUpMeasuresService(store: context.store).inflow() })
        else { return page }
        let weekly = try followUp.weekly(unit: scope)
        let accuracy = ForecastAccuracySplit(weekly, calendar: followUp.figures.calendar)
        page.add(
            .p {
                "Faktiskt inflöde mot den prognos som gällde före respektive vecka (senaste prognoskörning med "
                    + "historik som slutade före veckan) för \(context.unitLabel(scope)), "
                    + "\(SwedishFormat.weekISO(followUp.weeks.lowerBound))–\(SwedishFormat.weekISO(followUp.weeks.upperBound)). "
                    + "Fel = utfall − prognos: positiv bias betyder att prognosen låg för lågt."
            })
        page.add(
            KeyFigureCard.grid([
                KeyFigureCard(
                    label: "Medelabsolutfel (MAE)", value: FollowUpNavigation.decimal(accuracy.all?.meanAbsoluteError),
                    detail: "per vecka"),
                KeyFigureCard(
                    label: "MAPE", value: FollowUpNavigation.percent(accuracy.all?.meanAbsolutePercentageError),
                    detail: "WAPE \(FollowUpNavigation.percent(accuracy.all?.weightedAbsolutePercentageError))"),
                KeyFigureCard(
                    label: "Bias", value: FollowUpNavigation.decimal(accuracy.all?.bias),
                    detail: accuracy.all?.swedishBiasSentence),
            ]))
        page.section("Normalveckor och lågproduktionsveckor") { section in
            section.add(table(id: "veckotyp", caption: "Prognosfel per veckotyp", accuracy))
        }
        page.section("Vecka för vecka") { section in
            section.add(
                LineChart(
                    options: ChartOptions(
                        title: "Inflöde och prognos per vecka, \(scope)", id: "inflode-prognos",
                        summary: "Linjer för prognostiserat och faktiskt inflöde vecka för vecka.", unit: "antal"),
                    labels: weekly.map { SwedishFormat.weekISO($0.week) },
                    series: [
                        ChartSeries(name: "Prognos", values: weekly.map { $0.figures.planned }, style: .forecast),
                        ChartSeries(name: "Utfall", values: weekly.map { $0.figures.actual }, style: .actual),
                    ], includesZero: true
                ).figure())
        }
        let rows = try followUp.rows(under: scope)
        page.section("Per enhet") { section in
            section.add(rowTable(id: "enheter", caption: "Prognosfel per enhet under \(scope)", rows.units))
        }
        page.section("Per planeringsobjekt") { section in
            section.add(
                rowTable(
                    id: "objekt", caption: "Prognosfel per planeringsobjekt, störst medelabsolutfel först", rows.objects
                ))
        }
        return page
    }

    static func table(id: String, caption: String, _ accuracy: ForecastAccuracySplit) -> WebTable {
        let kinds: [(String, ForecastAccuracy?)] = [
            ("Alla veckor", accuracy.all), ("Normalveckor", accuracy.normalWeeks),
            ("Lågproduktionsveckor", accuracy.lowProductionWeeks),
        ]
        return WebTable(
            id: id, caption: caption,
            columns: [
                .init("Veckor"), .init("Antal veckor", kind: .number(decimals: 0)),
                .init("MAE", kind: .number(decimals: 1)),
                .init("MAPE", kind: .percent(decimals: 1)), .init("WAPE", kind: .percent(decimals: 1)),
                .init("Bias", kind: .number(decimals: 1)), .init("Relativ bias", kind: .percent(decimals: 1)),
            ],
            rows: kinds.map { name, value in
                [
                    .text(name), .number(value.map { Double($0.weekCount) } ?? 0), .number(value?.meanAbsoluteError),
                    .number(value?.meanAbsolutePercentageError), .number(value?.weightedAbsolutePercentageError),
                    .number(value?.bias), .number(value?.relativeBias),
                ]
            }, fileName: "prognosfel-\(id)")
    }

    static func rowTable(id: String, caption: String, _ rows: [ForecastFollowUpRow]) -> WebTable {
        WebTable(
            id: id, caption: caption,
            columns: [
                .init(id == "objekt" ? "Planeringsobjekt" : "Enhet"), .init("Prognos", kind: .number(decimals: 0)),
                .init("Utfall", kind: .number(decimals: 0)), .init("MAE", kind: .number(decimals: 1)),
                .init("MAPE", kind: .percent(decimals: 1)), .init("Bias", kind: .number(decimals: 1)),
                .init("MAE normalveckor", kind: .number(decimals: 1)),
                .init("MAE lågproduktionsveckor", kind: .number(decimals: 1)),
            ],
            rows: rows.map { row in
                [
                    row.isObject
                        ? .link("\(row.name) (\(row.code))", href: "/planeringsobjekt/\(row.code)")
                        : .link("\(row.name) (\(row.code))", href: "/uppfoljning/prognos?enhet=\(row.code)"),
                    .number(row.figures.planned), .number(row.figures.actual),
                    .number(row.accuracy.all?.meanAbsoluteError),
                    .number(row.accuracy.all?.meanAbsolutePercentageError), .number(row.accuracy.all?.bias),
                    .number(row.accuracy.normalWeeks?.meanAbsoluteError),
                    .number(row.accuracy.lowProductionWeeks?.meanAbsoluteError),
                ]
            }, fileName: "prognosfel-\(id)")
    }
}
