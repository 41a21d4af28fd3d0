import NodeStore
import PlanningDomain
import WebUI

/// The production plans the viewer may see, and (for analysts) a form to create one from the forecast.
enum PlansPage {
    static func build(_ context: PageContext) throws -> WebPage {
        var page = context.page("Produktionsplaner")
        let plans = try context.visiblePlans()
        page.add(
            WebTable(
                id: "planer", caption: "Produktionsplaner",
                columns: [
                    .init("Plan"), .init("Omfattning"), .init("Första vecka"),
                    .init("Veckor", kind: .number(decimals: 0)),
                    .init("Gällande version"), .init("Status"), .init("Versioner", kind: .number(decimals: 0)),
                    .init("Skapad av"), .init("Skapad"),
                ],
                rows: plans.map { plan in
                    let current = plan.currentVersion
                    return [
                        .link(plan.name, href: "/planer/\(plan.id)"), .text(context.unitLabel(plan.scope)),
                        .text(plan.startWeek.description), .number(Double(plan.weekCount)),
                        .text(current.map { "Version \($0.number)" } ?? "–"),
                        current.map { WebTable.Value.badge(PlanBadges.badge($0.status)) } ?? .text("–"),
                        .number(Double(plan.versions.count)), .text(plan.createdBy),
                        .text(WebText.timestamp(plan.createdAt)),
                    ]
                }, fileName: "produktionsplaner", emptyMessage: "Det finns inga produktionsplaner inom ditt område."))
        if context.viewer.canEditData, let tree = context.tree {
            page.section("Skapa en produktionsplan") { section in
                section.paragraph(
                    "Planen omfattar 12 rullande månader för planeringsobjekten i enheten, med prognosens "
                        + "veckomedel som volymer. Den sparas som version 1 (utkast).")
                let units = tree.units.values.sorted { ($0.level.rawValue, $0.code) < ($1.level.rawValue, $1.code) }
                section.add(
                    FormView(
                        action: "/planer", method: .post, csrfToken: context.viewer.csrfToken,
                        fields: [
                            FormField(
                                name: "enhet", label: "Enhet",
                                control: .select(
                                    units.map { SelectOption(value: $0.code, label: "\($0.name) (\($0.code))") }),
                                isRequired: true),
                            FormField(name: "namn", label: "Planens namn", isRequired: true),
                        ] + (context.viewer.isLocal ? [PlanActions.nameField] : []),
                        buttons: [SubmitButton("Skapa plan")], label: "Skapa produktionsplan"
                    ).node())
            }
        }
        return page
    }

    /// Creates a plan from the form; an analyst's action.
    static func create(_ context: PageContext, form: FormInput) throws -> ActionResult {
        guard context.viewer.canEditData else {
            throw WebError.forbidden("Bara en produktionsanalytiker kan skapa produktionsplaner.")
        }
        guard let unit = form.fields.trimmed("enhet"), let name = form.fields.trimmed("namn") else {
            throw WebError.badRequest("Välj en enhet och ge planen ett namn.")
        }
        let user = try PlanActions.actorName(context, form: form)
        let report = try context.plans.create(unitCode: unit, name: name, startWeek: nil, user: user)
        return .redirect("/planer/\(report.planID)?klart=skapad")
    }
}
