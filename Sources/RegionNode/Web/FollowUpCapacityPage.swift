import PlanningDomain
import WebUI

/// Available capacity as reported against as forecast before each week, per resource for the viewer's part of
/// the tree, normal and low-production weeks apart.
enum FollowUpCapacityPage {
    static func build(_ context: PageContext) throws -> WebPage {
        let begun = try FollowUpNavigation.begin(context, "Uppföljning: tillgänglig kapacitet")
        var page = begun.page
        let scope = begun.scope
        guard
            let capacity = try FollowUpNavigation.load(
                &page, { try FollowUpMeasuresService(store: context.store).capacity() })
        else { return page }
        page.add(
            .p {
                "Tillgänglig kapacitet (planerad − frånvaro) som den rapporterades efter att veckan började, mot "
                    + "prognosen: värdet som stod i kapacitetsflödet före veckans måndag. Varje import som ändrar en "
                    + "kapacitetsrad sparar det tidigare värdet, så jämförelsen finns för rader som importerats både "
                    + "före och efter sin vecka. \(context.unitLabel(scope))."
            })
        let rows = try capacity.rows(unit: scope)
        page.add(
            WebTable(
                id: "resurser", caption: "Tillgänglig kapacitet per resurs, utfall mot prognos",
                columns: [
                    .init("Resurs"), .init("Måttenhet"), .init("Prognos", kind: .number(decimals: 0)),
                    .init("Utfall", kind: .number(decimals: 0)), .init("Avvikelse", kind: .number(decimals: 0)),
                    .init("Avvikelse", kind: .percent(decimals: 1)),
                    .init("Avvikelse normalveckor", kind: .percent(decimals: 1)),
                    .init("Avvikelse lågproduktionsveckor", kind: .percent(decimals: 1)),
                    .init("MAE per vecka", kind: .number(decimals: 1)),
                    .init("Bias per vecka", kind: .number(decimals: 1)),
                ],
                rows: rows.map { row in
                    [
                        .text("\(row.resource.name) (\(row.resource.code))"), .text(row.resource.measure.swedishName),
                        .number(row.figures.all.planned), .number(row.figures.all.actual),
                        .number(row.figures.all.deviation), .number(row.figures.all.relativeDeviation),
                        .number(row.figures.normalWeeks.relativeDeviation),
                        .number(row.figures.lowProductionWeeks.relativeDeviation),
                        .number(row.accuracy.all?.meanAbsoluteError), .number(row.accuracy.all?.bias),
                    ]
                }, fileName: "kapacitet-uppfoljning",
                emptyMessage: "Ingen kapacitet under \(scope) har både prognos och utfall."))
        for row in rows {
            let weekly = capacity.weekly(unit: scope, resource: row.resource.code)
            page.section("\(row.resource.name) per vecka") { section in
                section.add(
                    BarChart(
                        options: ChartOptions(
                            title: "\(row.resource.name), prognos och utfall per vecka, \(scope)",
                            id: "kapacitet-\(row.resource.code)",
                            summary: "Staplar för prognostiserad och faktisk tillgänglig kapacitet vecka för vecka.",
                            unit: row.resource.measure.swedishName),
                        labels: weekly.map { SwedishFormat.weekISO($0.week) },
                        series: [
                            ChartSeries(name: "Prognos", values: weekly.map { $0.figures.planned }, style: .plan),
                            ChartSeries(name: "Utfall", values: weekly.map { $0.figures.actual }, style: .actual),
                        ]
                    ).figure())
            }
        }
        return page
    }
}
