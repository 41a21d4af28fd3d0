import NodeStore
import PlanningDomain
import WebUI

/// What a plan's balance assumes: per week whether available capacity came from the imported capacity plan or
/// was projected from history, and where resource use came from (manual figures with who, when and why).
enum PlanSourcesSection {
    static func add(
        _ report: PlanBalanceReport, plan: StoredPlan, version: PlanVersion, context: PageContext,
        to page: inout WebPage
    ) {
        let projected = report.capacityWeeks.filter { $0.source == .projected || $0.source == .mixed }.count
        if projected > 0 {
            page.paragraph(
                "\(projected) av \(report.capacityWeeks.count) planveckor har framskriven kapacitet (samma vecka "
                    + "föregående år eller medel av de senaste veckorna): det är antaganden. Importera en "
                    + "kapacitetsplan (kapacitetsfilen med kommande veckor, inklusive semester och stängda veckor) "
                    + "för att planera med den verkliga bemanningen.")
        }
        page.add(
            WebTable(
                id: "kapacitetskalla", caption: "Tillgänglig kapacitet per vecka: varifrån",
                columns: [
                    .init("Vecka"), .init("Källa"), .init("Från kapacitetsplanen", kind: .number(decimals: 0)),
                    .init("Samma vecka tidigare år", kind: .number(decimals: 0)),
                    .init("Medel av senaste veckor", kind: .number(decimals: 0)),
                ],
                rows: report.capacityWeeks.map { week in
                    [
                        .text(week.week.description), .text(week.source.swedishLabel),
                        .number(Double(week.fromPlan)), .number(Double(week.fromEarlierYear)),
                        .number(Double(week.fromRecentMean)),
                    ]
                }, fileName: "kapacitetskalla-\(plan.id)-v\(version.number)",
                emptyMessage: "Ingen kapacitet är importerad för planens enheter."))
        let manual = report.sources.filter { $0.origin.kind == "manual" }
        let pairs = report.sources.filter { $0.objectCode == nil }
        let estimated = pairs.filter { $0.origin.kind == "history" }.count
        page.add(
            .p {
                "Resursåtgång: \(estimated) av \(pairs.count) enhet–resurs-par skattade från historik, "
                    + "\(manual.count) manuellt satta värden, övriga från standardvärden. "
                HTMLNode.a(.href(ResourceUsePage.path)) { "Visa och ändra resursåtgången" }
            })
        if !manual.isEmpty {
            page.add(
                WebTable(
                    id: "manuell-resursatgang", caption: "Manuellt satt resursåtgång i planen",
                    columns: [.init("Enhet"), .init("Resurs"), .init("Planeringsobjekt"), .init("Källa")],
                    rows: manual.map { source in
                        [
                            .text(context.unitLabel(source.unitCode)), .text(source.resourceCode),
                            .text(source.objectCode ?? "alla"), .text(source.origin.swedishDescription),
                        ]
                    }, fileName: "manuell-resursatgang-\(plan.id)-v\(version.number)"))
        }
    }
}
