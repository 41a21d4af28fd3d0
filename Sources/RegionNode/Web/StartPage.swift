import Foundation
import NodeStore
import PlanningDomain
import WebUI

/// The start page ("Översikt"): key figures for the viewer's part of the region, what waits for them, the
/// largest capacity gaps of the plan that steers, and the follow-up ("are we on plan?") summary slot.
enum StartPage {
    static func build(_ context: PageContext) throws -> WebPage {
        let viewer = context.viewer
        let scopeName = viewer.scopeUnit.map(context.unitLabel) ?? "hela regionen"
        var page = context.page("Översikt")
        page.paragraph(
            "\(viewer.user.displayName), \(viewer.user.role.swedishLabel.lowercased()) – du ser \(scopeName).")

        let objects = context.visibleObjects
        let summary = try context.store.summary()
        let run = try context.store.latestForecastRun()
        let plans = try context.visiblePlans()
        let awaiting = try awaitingAgreement(plans, context: context)
        // Managers see what waits for their own agreement; analysts follow every open proposal.
        let awaitingTitle = viewer.mayAgree ? "Väntar på ditt godkännande" : "Förslag som väntar på godkännande"
        let drafts = plans.filter { $0.versions.contains { $0.status == .draft } }.count
        let proposals = plans.filter { $0.versions.contains { $0.status == .proposed } }.count
        let agreed = plans.filter { $0.versions.contains { $0.status == .agreed } }.count
        page.add(
            KeyFigureCard.grid([
                KeyFigureCard(
                    label: "Planeringsobjekt", value: SwedishFormat.integer(objects.count),
                    detail: "inom \(scopeName)", href: "/planeringsobjekt"),
                KeyFigureCard(
                    label: "Senaste import", value: summary.lastImportAt.map(WebText.date) ?? "Ingen ännu",
                    detail: summary.lastImportAt.map {
                        "\(WebText.timestamp($0)); \(SwedishFormat.integer(summary.importRunCount)) importkörningar"
                    }, href: "/import"),
                KeyFigureCard(
                    label: "Senaste prognoskörning", value: run.map { WebText.date($0.finishedAt) } ?? "Ingen ännu",
                    detail: run.map {
                        "\(SwedishFormat.integer($0.objectCount)) objekt, historik till "
                            + SwedishFormat.weekISO($0.lastHistoryWeek)
                    }),
                KeyFigureCard(
                    label: "Produktionsplaner", value: SwedishFormat.integer(plans.count),
                    detail: "\(agreed) överenskomna, \(proposals) med förslag, \(drafts) med utkast", href: "/planer"),
                KeyFigureCard(
                    label: awaitingTitle, value: SwedishFormat.integer(awaiting.count),
                    badge: awaiting.isEmpty ? nil : .proposal),
            ]))

        page.section("Är vi enligt plan?", id: "uppfoljning-sammanfattning") { section in
            followUpSummary(context, into: &section)
            section.add(
                .p(.class("followup-slot")) {
                    "Vecka för vecka, alla planeringsobjekt, avvikelser och styrdiagram finns under "
                    HTMLNode.a(.href("/uppfoljning")) { "Uppföljning" }
                    " och "
                    HTMLNode.a(.href("/avvikelser")) { "Avvikelser" }
                    "."
                })
        }

        page.section(awaitingTitle) { section in
            section.add(
                WebTable(
                    id: "vantar", caption: "Planversioner: \(awaitingTitle.lowercased())",
                    columns: [
                        .init("Plan"), .init("Version", kind: .number(decimals: 0)), .init("Omfattning"),
                        .init("Väntar på"),
                    ],
                    rows: awaiting.map { plan, version in
                        [
                            .link(plan.name, href: "/planer/\(plan.id)?version=\(version.number)"),
                            .number(Double(version.number)), .text(context.unitLabel(plan.versions.scope)),
                            .text(PlanBadges.levels(version.awaitingLevels)),
                        ]
                    }, fileName: "vantar-pa-godkannande", emptyMessage: "Inget väntar just nu."))
        }

        page.section("Största kapacitetsgapen") { section in
            try? gaps(plans, context: context, into: &section)
        }

        page.section("Genvägar") { section in
            section.add(
                .ul(.class("link-list")) {
                    HTMLNode.li { HTMLNode.a(.href("/planeringsobjekt")) { "Planeringsobjekt och prognoser" } }
                    HTMLNode.li { HTMLNode.a(.href("/planer")) { "Produktionsplaner och överenskommelser" } }
                    HTMLNode.li { HTMLNode.a(.href("/uppfoljning")) { "Uppföljning" } }
                    HTMLNode.li { HTMLNode.a(.href("/import")) { "Importstatus och datakvalitet" } }
                })
        }
        return page
    }

    /// Outcome against the agreed plan this year for the viewer's part of the tree, and the three planning objects
    /// furthest behind; kept in the read-model cache per scope, so the start page stays cheap on a large region.
    static func followUpSummary(_ context: PageContext, into section: inout WebPage) {
        let service = FollowUpService(store: context.store, now: context.now)
        guard let followUp = try? service.production(),
            let scope = try? FollowUpPage.scopeCode(context, tree: followUp.figures.tree)
        else {
            section.paragraph(
                "Det finns ännu ingen överenskommen produktionsplan med utfall att följa upp. När en plan är "
                    + "överenskommen och utfallet importerat visas läget här.")
            return
        }
        let period = FollowUpPeriod.yearToDate(through: followUp.weeks.upperBound)
        let summary = try? context.store.cache.value("start-follow-up \(scope) \(period)") {
            (
                total: try followUp.figures.figures(for: .unit(scope), in: period).all,
                behind: try followUp.figures.furthestBehind(under: scope, in: period, count: 3)
            )
        }
        guard let summary else { return }
        section.paragraph(
            "Utfall mot överenskommen plan för \(context.unitLabel(scope)) hittills i år, till och med "
                + "\(SwedishFormat.weekISO(followUp.weeks.upperBound)).")
        section.add(
            KeyFigureCard.grid([
                KeyFigureCard(
                    label: "Plan hittills", value: SwedishFormat.integer(Int(summary.total.planned.rounded()))),
                KeyFigureCard(
                    label: "Utfall hittills", value: SwedishFormat.integer(Int(summary.total.actual.rounded()))),
                KeyFigureCard(
                    label: "Avvikelse",
                    value: summary.total.relativeDeviation.map { SwedishFormat.percent($0) } ?? "–",
                    detail: "\(SwedishFormat.integer(Int(summary.total.deviation.rounded()))) mot plan",
                    badge: FollowUpPage.badge(summary.total), href: "/uppfoljning"),
            ]))
        section.add(
            FollowUpPage.table(
                id: "start-mest-efter", caption: "De tre planeringsobjekt som ligger mest efter plan", summary.behind))
    }

    /// Proposed versions of visible plans that wait for the viewer's level.
    static func awaitingAgreement(
        _ plans: [PlanSummary], context: PageContext
    ) throws -> [(StoredPlan, PlanVersion)] {
        var result: [(StoredPlan, PlanVersion)] = []
        for summary in plans where summary.versions.contains(where: { $0.status == .proposed }) {
            let plan = try context.plans.plan(summary.id)
            for version in plan.versions.versions
            where context.viewer.mayAgree
                ? PlanBadges.awaits(version, viewer: context.viewer) : version.status == .proposed
            {
                result.append((plan, version))
            }
        }
        return result
    }

    /// The worst shortfalls of the plan that steers: the newest plan with an agreed version, else the newest plan.
    static func gaps(_ plans: [PlanSummary], context: PageContext, into section: inout WebPage) throws {
        guard let plan = plans.first(where: { $0.versions.contains { $0.status == .agreed } }) ?? plans.first,
            let version = plan.currentVersion
        else {
            section.paragraph(
                "Det finns ingen produktionsplan ännu. En produktionsanalytiker skapar en från prognosen.")
            return
        }
        let report = try context.plans.balance(planID: plan.id, version: version.number, by: .month)
        section.add(
            .p {
                "Från "
                HTMLNode.a(.href("/planer/\(plan.id)?version=\(version.number)")) {
                    "\(plan.name), version \(version.number)"
                }
                " (\(version.status.swedishName)), efter planens åtgärder, per månad."
            })
        section.add(
            WebTable(
                id: "gap", caption: "Största underskotten per enhet, resurs och månad",
                columns: [
                    .init("Enhet"), .init("Resurs"), .init("Månad"), .init("Behov", kind: .number(decimals: 0)),
                    .init("Tillgängligt", kind: .number(decimals: 0)), .init("Gap", kind: .number(decimals: 0)),
                    .init("Enhet för mått"),
                ],
                rows: report.shortfalls.prefix(5).map { item in
                    [
                        .text(context.unitLabel(item.unitCode)), .text(item.resourceCode),
                        .text(item.gap.period.swedishLabel), .number(item.gap.need), .number(item.gap.available),
                        .number(item.gap.gap), .text(item.gap.measure.swedishName),
                    ]
                }, fileName: "kapacitetsgap", emptyMessage: "Planen har inga underskott efter åtgärderna."))
    }
}
