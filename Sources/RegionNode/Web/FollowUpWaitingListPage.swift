import PlanningDomain
import WebUI

/// The waiting list as it turned out against what the agreed plan projected, for the viewer's part of the tree.
enum FollowUpWaitingListPage {
    static func build(_ context: PageContext) throws -> WebPage {
        let begun = try FollowUpNavigation.begin(context, "Uppföljning: väntelistor")
        var page = begun.page
        let scope = begun.scope
        guard
            let followUp = try FollowUpNavigation.load(
                &page, { try FollowUpMeasuresService(store: context.store).waitingLists() })
        else { return page }
        let starts = followUp.plans.map { plan in
            "\(plan.name) (version \(plan.version), start \(SwedishFormat.weekISO(plan.plan.startWeek)), "
                + "väntelista från \(followUp.startSnapshots[plan.id].map(SwedishFormat.date) ?? "–"))"
        }
        page.add(
            .p {
                "Antal väntande vid varje väntelisteuttag under planen mot planens projektion för "
                    + "\(context.unitLabel(scope)). Projektionen utgår från uttaget före planens första vecka, "
                    + "inflödesprognosen som gällde då och planens volymer (medicinsk prioritet, sedan först in "
                    + "först ut). Planer: \(starts.joined(separator: ", "))."
            })
        let comparisons = try followUp.comparisons(unit: scope)
        if let latest = comparisons.last {
            page.add(
                KeyFigureCard.grid([
                    KeyFigureCard(
                        label: "Projicerat \(SwedishFormat.weekISO(latest.week))",
                        value: SwedishFormat.integer(Int(latest.figures.planned.rounded()))),
                    KeyFigureCard(
                        label: "Väntande \(SwedishFormat.weekISO(latest.week))",
                        value: SwedishFormat.integer(Int(latest.figures.actual.rounded()))),
                    KeyFigureCard(
                        label: "Avvikelse", value: FollowUpNavigation.percent(latest.figures.relativeDeviation),
                        detail: "\(SwedishFormat.integer(Int(latest.figures.deviation.rounded()))) fler än projicerat"),
                ]))
        } else {
            page.add(
                .p {
                    "Inget väntelisteuttag är importerat under planperioden ännu; importera väntelistan för att "
                        + "jämföra med projektionen."
                })
        }
        let projected = try followUp.projected(unit: scope)
        let actualByWeek = Dictionary(comparisons.map { ($0.week, $0.figures.actual) }, uniquingKeysWith: { $1 })
        page.section("Projektion och utfall") { section in
            section.add(
                LineChart(
                    options: ChartOptions(
                        title: "Väntande enligt planens projektion och enligt uttagen, \(scope)", id: "vantelista",
                        summary: "Linje för projicerat antal väntande per vecka, punkter för faktiska uttag.",
                        unit: "väntande"),
                    labels: projected.map { SwedishFormat.weekISO($0.week) },
                    series: [
                        ChartSeries(name: "Projicerat", values: projected.map { $0.waiting }, style: .plan),
                        ChartSeries(
                            name: "Faktiskt (uttag)", values: projected.map { actualByWeek[$0.week] }, style: .actual),
                    ], includesZero: true
                ).figure())
        }
        page.section("Per uttag") { section in
            section.add(
                WebTable(
                    id: "uttag", caption: "Projicerat och faktiskt antal väntande per uttag",
                    columns: [
                        .init("Vecka"), .init("Projicerat", kind: .number(decimals: 0)),
                        .init("Faktiskt", kind: .number(decimals: 0)), .init("Avvikelse", kind: .number(decimals: 0)),
                        .init("Avvikelse", kind: .percent(decimals: 1)), .init("Veckotyp"),
                    ],
                    rows: comparisons.map {
                        [
                            .text($0.week.description), .number($0.figures.planned), .number($0.figures.actual),
                            .number($0.figures.deviation), .number($0.figures.relativeDeviation),
                            .text(
                                followUp.figures.calendar.isLowProduction($0.week)
                                    ? FollowUpWeekKind.lowProduction.swedishName : FollowUpWeekKind.normal.swedishName),
                        ]
                    }, fileName: "vantelista-uppfoljning"))
        }
        let rows = try followUp.objectRows(under: scope)
        page.section("Per planeringsobjekt") { section in
            section.add(
                WebTable(
                    id: "objekt", caption: "Senaste uttaget mot projektionen per planeringsobjekt",
                    columns: [
                        .init("Planeringsobjekt"), .init("Projicerat", kind: .number(decimals: 0)),
                        .init("Faktiskt", kind: .number(decimals: 0)), .init("Avvikelse", kind: .number(decimals: 0)),
                    ],
                    rows: rows.map {
                        [
                            .link("\($0.name) (\($0.code))", href: "/planeringsobjekt/\($0.code)"),
                            .number($0.figures.planned), .number($0.figures.actual), .number($0.figures.deviation),
                        ]
                    }, fileName: "vantelista-objekt"))
        }
        return page
    }
}
