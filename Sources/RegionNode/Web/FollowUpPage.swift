import PlanningDomain
import WebUI

/// "Are we on plan, where not, what is being done": outcome against the agreed plan for the viewer's part of the
/// tree, week by week and per planning object, the three objects furthest behind, and this week's deviations.
enum FollowUpPage {
    static func build(_ context: PageContext) throws -> WebPage {
        let service = FollowUpService(store: context.store, now: context.now)
        var page = context.page("Uppföljning")
        page.add(FollowUpNavigation.links(context))
        let followUp: ProductionFollowUp
        do {
            followUp = try service.production()
        } catch let error as FollowUpServiceError {
            page.add(.p { error.description })
            return page
        }
        let tree = followUp.figures.tree
        let scope = try scopeCode(context, tree: tree)
        let last = followUp.weeks.upperBound
        let period = FollowUpPeriod.yearToDate(through: last)
        let total = try followUp.figures.figures(for: .unit(scope), in: period)
        page.add(
            .p {
                "Utfall mot överenskommen plan för \(context.unitLabel(scope)), \(SwedishFormat.weekISO(followUp.weeks.lowerBound))–"
                    + "\(SwedishFormat.weekISO(last)). Planer: "
                    + followUp.plans.map { "\($0.name) (version \($0.version))" }.joined(separator: ", ") + "."
            })
        page.add(
            KeyFigureCard.grid([
                KeyFigureCard(label: "Plan hittills", value: SwedishFormat.integer(Int(total.all.planned.rounded()))),
                KeyFigureCard(label: "Utfall hittills", value: SwedishFormat.integer(Int(total.all.actual.rounded()))),
                KeyFigureCard(
                    label: "Avvikelse", value: total.all.relativeDeviation.map { SwedishFormat.percent($0) } ?? "–",
                    detail: "\(SwedishFormat.integer(Int(total.all.deviation.rounded()))) mot plan",
                    badge: badge(total.all)),
            ]))
        if context.viewer.canEditData {
            page.add(
                FormView(
                    action: "/uppfoljning/runda", method: .post, csrfToken: context.viewer.csrfToken,
                    hidden: [("vecka", last.description)],
                    buttons: [SubmitButton("Kör veckans uppföljning (\(SwedishFormat.weekISO(last)))")],
                    label: "Veckans uppföljningsrunda", extraClass: "form-filter"
                ).node())
        }

        page.section("Vecka för vecka") { section in
            let weekly = (try? followUp.figures.weekly(for: .unit(scope))) ?? []
            section.add(
                BarChart(
                    options: ChartOptions(
                        title: "Plan och utfall per vecka, \(scope)", id: "plan-utfall",
                        summary: "Staplar för plan och utfall vecka för vecka.", unit: "antal"),
                    labels: weekly.map { SwedishFormat.weekISO($0.week) },
                    series: [
                        ChartSeries(name: "Plan", values: weekly.map { $0.figures.planned }, style: .plan),
                        ChartSeries(name: "Utfall", values: weekly.map { $0.figures.actual }, style: .actual),
                    ]
                ).figure())
        }

        let rows = try followUp.figures.objectRows(under: scope, in: period)
        let behind = try followUp.figures.furthestBehind(under: scope, in: period, count: 3)
        page.section("Mest efter plan") { section in
            section.add(table(id: "mest-efter", caption: "De tre planeringsobjekt som ligger mest efter plan", behind))
        }
        page.section("Alla planeringsobjekt") { section in
            section.add(table(id: "objekt", caption: "Utfall mot plan per planeringsobjekt hittills i år", rows))
        }
        page.section("Veckans avvikelser") { section in
            let register = try? service.register()
            let week = register?.currentWeek ?? last
            if let agenda = register?.agenda(for: scope, week: week, includingSubtree: true) {
                section.add(.p { agenda.swedishSummary })
            }
            section.add(.p { HTMLNode.a(.href("/avvikelser")) { "Alla avvikelser med kommentarer" } })
        }
        return page
    }

    /// The viewer's scope: `?enhet=` if visible, else a manager's own unit, else the region.
    static func scopeCode(_ context: PageContext, tree: OrganisationTree) throws -> String {
        if let unit = context.query.trimmed("enhet") {
            guard tree.units[unit] != nil else { throw WebError.notFound("Enheten \"\(unit)\" finns inte.") }
            try context.requireVisible(unit, what: "Enheten \(unit)")
            return unit
        }
        if context.viewer.user.role.isScoped, let unit = context.viewer.user.unitCode { return unit }
        return tree.rootCode
    }

    static func badge(_ figures: PlannedActual) -> StatusBadge {
        guard let relative = figures.relativeDeviation else { return .onPlan }
        if relative < -0.05 { return .belowPlan }
        if relative > 0.05 { return .abovePlan }
        return .onPlan
    }

    static func table(id: String, caption: String, _ rows: [FollowUpRow]) -> WebTable {
        WebTable(
            id: id, caption: caption,
            columns: [
                .init("Planeringsobjekt"), .init("Plan", kind: .number(decimals: 0)),
                .init("Utfall", kind: .number(decimals: 0)), .init("Avvikelse", kind: .number(decimals: 0)),
                .init("Avvikelse", kind: .percent(decimals: 1)), .init("Läge"),
            ],
            rows: rows.map { row in
                let figures = row.figures.all
                return [
                    .link("\(row.name) (\(row.scope.code))", href: "/uppfoljning/\(row.scope.code)"),
                    .number(figures.planned), .number(figures.actual), .number(figures.deviation),
                    .number(figures.relativeDeviation), .badge(badge(figures)),
                ]
            }, fileName: "uppfoljning-\(id)")
    }
}
