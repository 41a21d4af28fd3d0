import NodeStore
import PlanningDomain
import WebUI

/// The balance of a plan version: the gap per resource and month as signed bars, the limiting resources, the
/// worst shortfalls per unit, totals before and after the actions, and the actions themselves.
enum PlanBalanceSection {
    /// At most this many resources get a chart (the rest are in the tables).
    static let chartedResources = 6

    static func add(_ context: PageContext, plan: StoredPlan, version: PlanVersion, to page: inout WebPage) throws {
        let report = try context.plans.balance(planID: plan.id, version: version.number, by: .month)
        let series = try PlanGapSeries.compute(plan: plan, version: version, store: context.store)
        for warning in report.warnings { page.warning(warning) }
        page.paragraph(
            "Gap = tillgänglig kapacitet − kapacitetsbehov för hela \(context.unitLabel(plan.versions.scope)), per "
                + "månad, efter versionens åtgärder; negativa värden är underskott. Ett överskott i en enhet täcker "
                + "inte ett underskott i en annan, därför visas enheternas underskott som egna staplar.")
        // The resources whose producing units fall shortest first: they are what the planner must act on.
        let shortfall = Dictionary(
            report.totals.map { ($0.resourceCode, $0.shortfallAfter) }, uniquingKeysWith: { first, _ in first })
        let ranked = series.resources.sorted {
            (shortfall[$0.code] ?? 0, $0.code) < (shortfall[$1.code] ?? 0, $1.code)
        }
        for resource in ranked.prefix(chartedResources) {
            page.add(
                BarChart(
                    options: ChartOptions(
                        title: "Gap per månad: \(resource.code)", id: "gap-\(resource.code)",
                        unit: resource.measure.swedishName, categoryTitle: "Månad", tableDecimals: 0),
                    labels: resource.gaps.map(\.period.swedishLabel),
                    series: [
                        ChartSeries(
                            name: "Gap för hela omfattningen", values: resource.gaps.map(\.gap),
                            style: ChartSeriesStyle(colour: .blue)),
                        ChartSeries(
                            name: "Underskott i enheterna", values: resource.unitShortfalls,
                            style: ChartSeriesStyle(colour: .orange)),
                    ]
                ).figure())
        }
        page.add(
            WebTable(
                id: "gap-manad", caption: "Gap per resurs och månad",
                columns: [
                    .init("Resurs"), .init("Månad"), .init("Behov", kind: .number(decimals: 0)),
                    .init("Tillgängligt", kind: .number(decimals: 0)), .init("Gap", kind: .number(decimals: 0)),
                    .init("Underskott i enheterna", kind: .number(decimals: 0)), .init("Mått"),
                ],
                rows: ranked.flatMap { resource in
                    zip(resource.gaps, resource.unitShortfalls).map { gap, shortfall in
                        [
                            .text(resource.code), .text(gap.period.swedishLabel), .number(gap.need),
                            .number(gap.available), .number(gap.gap), .number(shortfall),
                            .text(gap.measure.swedishName),
                        ]
                    }
                }, fileName: "gap-per-manad-\(plan.id)-v\(version.number)"))
        page.add(
            WebTable(
                id: "begransande", caption: "Begränsande resurser",
                columns: [
                    .init("Enhet"), .init("Resurs"), .init("Månad"), .init("Nyttjande", kind: .percent(decimals: 0)),
                    .init("Gap", kind: .number(decimals: 0)), .init("Mått"),
                ],
                rows: report.limiting.map { item in
                    [
                        .text(context.unitLabel(item.unitCode)), .text(item.resourceCode),
                        .text(item.period.swedishLabel), .number(item.utilisation.isFinite ? item.utilisation : nil),
                        .number(item.gap), .text(item.measure.swedishName),
                    ]
                }, fileName: "begransande-resurser-\(plan.id)-v\(version.number)",
                emptyMessage: "Ingen resurs är begränsande."))
        page.add(
            WebTable(
                id: "underskott", caption: "Största underskotten per enhet, resurs och månad",
                columns: [
                    .init("Enhet"), .init("Resurs"), .init("Månad"), .init("Behov", kind: .number(decimals: 0)),
                    .init("Tillgängligt", kind: .number(decimals: 0)), .init("Gap", kind: .number(decimals: 0)),
                ],
                rows: report.shortfalls.map { item in
                    [
                        .text(context.unitLabel(item.unitCode)), .text(item.resourceCode),
                        .text(item.gap.period.swedishLabel), .number(item.gap.need), .number(item.gap.available),
                        .number(item.gap.gap),
                    ]
                }, fileName: "underskott-\(plan.id)-v\(version.number)", emptyMessage: "Inga underskott."))
        page.add(
            WebTable(
                id: "resurser", caption: "Per resurs över hela planperioden",
                columns: [
                    .init("Resurs"), .init("Mått"), .init("Tillgängligt", kind: .number(decimals: 0)),
                    .init("Behov", kind: .number(decimals: 0)),
                    .init("Underskott före åtgärder", kind: .number(decimals: 0)),
                    .init("Underskott efter åtgärder", kind: .number(decimals: 0)),
                ],
                rows: report.totals.map { total in
                    [
                        .text(total.resourceCode), .text(total.measure.swedishName), .number(total.available),
                        .number(total.need), .number(total.shortfallBefore), .number(total.shortfallAfter),
                    ]
                }, fileName: "resurser-\(plan.id)-v\(version.number)"))
        PlanSourcesSection.add(report, plan: plan, version: version, context: context, to: &page)
        page.add(
            WebTable(
                id: "atgarder", caption: "Balanseringsåtgärder i version \(version.number)",
                columns: [.init("Åtgärd"), .init("Beskrivning"), .init("Realiserad")],
                rows: report.actions.map { action in
                    [
                        .text(action.name), .text(PlanActionConversion.describe(action)),
                        .text(action.realised ? "Ja" : "Nej"),
                    ]
                }, fileName: "atgarder-\(plan.id)-v\(version.number)",
                emptyMessage: "Versionen har inga åtgärder (lägg till med balans plan action add)."))
    }
}
