import NodeStore
import PlanningDomain
import WebUI

/// One production plan: its versions with status, the chosen version's workflow forms (only for those who may
/// use them), its history (who, when, why), goal warnings, and its balance.
enum PlanPage {
    static func build(_ context: PageContext, planID: Int64, selected: Int? = nil) throws -> WebPage {
        let plan = try context.visiblePlan(planID)
        let requested = selected ?? context.query["version"].flatMap { Int($0) }
        let versions = plan.versions.versions
        let chosen =
            requested.map { number in versions.first { $0.number == number } }
            ?? versions.last(where: { $0.status == .agreed }) ?? versions.last
        guard let version = chosen else {
            throw WebError.notFound("Versionen \(requested ?? 0) finns inte i planen.")
        }
        var page = context.page(plan.name)
        if let done = context.query["klart"] {
            let message =
                done == "skapad"
                ? "Planen är skapad som version 1 (utkast)." : PlanActions.Step(rawValue: done)?.doneMessage
            if let message { page.flash.append(FlashMessage(.success, message)) }
        }
        page.add(
            DefinitionList([
                .init("Omfattning", context.unitLabel(plan.versions.scope)),
                .init(
                    "Period", "\(version.plan.startWeek) – \(version.plan.endWeek) (\(version.plan.weekCount) veckor)"),
                .init("Skapad", "\(WebText.timestamp(plan.createdAt)) av \(plan.createdBy)"),
            ]).node())
        page.add(
            WebTable(
                id: "versioner", caption: "Versioner",
                columns: [
                    .init("Version"), .init("Från version"), .init("Status"),
                    .init("Total volym", kind: .number(decimals: 0)),
                    .init("Väntar på"), .init("Senaste händelse"),
                ],
                rows: versions.reversed().map { item in
                    [
                        .link("Version \(item.number)", href: "/planer/\(plan.id)?version=\(item.number)"),
                        .text(item.parent.map(String.init) ?? "–"), .badge(PlanBadges.badge(item.status)),
                        .number(item.plan.grandTotal),
                        .text(item.status == .proposed ? PlanBadges.levels(item.awaitingLevels) : "–"),
                        .text(item.history.last.map { WebText.timestamp($0.timestamp) } ?? "–"),
                    ]
                }, fileName: "planversioner-\(plan.id)"))

        page.section("Version \(version.number)", id: "vald-version") { section in
            section.add(
                .p {
                    "Status: "
                    PlanBadges.badge(version.status).node()
                    if version.status == .proposed {
                        " Väntar på godkännande från \(PlanBadges.levels(version.awaitingLevels))."
                    }
                })
            for deviation in (try? context.plans.goalDeviations(plan, version: version)) ?? [] {
                section.warning(deviation.message)
            }
            for form in workflowForms(context, plan: plan, version: version) { section.add(form) }
            section.add(
                .p(.class("link-row")) {
                    HTMLNode.a(.href("/planer/\(plan.id)/scenario?version=\(version.number)")) { "Jämför scenario" }
                    " · "
                    HTMLNode.a(.href("/planer/\(plan.id)/vantelista?version=\(version.number)")) {
                        "Väntelista under planen"
                    }
                })
            section.add(
                WebTable(
                    id: "historik", caption: "Historik för version \(version.number)",
                    columns: [.init("Tidpunkt"), .init("Händelse"), .init("Vem"), .init("Nivå"), .init("Kommentar")],
                    rows: version.history.reversed().map { event in
                        [
                            .text(WebText.timestamp(event.timestamp)), .text(PlanBadges.eventName(event.kind)),
                            .text(event.actor.userID), .text(event.actor.level.swedishName), .text(event.comment),
                        ]
                    }, fileName: "planhistorik-\(plan.id)-v\(version.number)"))
            section.add(
                WebTable(
                    id: "kvartal", caption: "Planerad volym per kvartal",
                    columns: [.init("Kvartal"), .init("Volym", kind: .number(decimals: 0))],
                    rows: version.plan.quarterlyTotals().sorted { $0.key < $1.key }.map {
                        [.text($0.key.swedishLabel), .number($0.value)]
                    }, fileName: "kvartalsvolym-\(plan.id)-v\(version.number)"))
        }
        page.section("Balansering", id: "balansering") { section in
            do {
                try PlanBalanceSection.add(context, plan: plan, version: version, to: &section)
            } catch {
                section.flashNode(
                    FlashMessage(
                        .error,
                        "Balanseringen kunde inte räknas fram: "
                            + ((error as? PlanServiceError)?.description ?? "kontrollera kapacitetsdata och resurser."))
                )
            }
        }
        return page
    }

    /// The forms the viewer may use on this version; none for a version nobody can act on.
    static func workflowForms(_ context: PageContext, plan: StoredPlan, version: PlanVersion) -> [HTMLNode] {
        let viewer = context.viewer
        let base = "/planer/\(plan.id)/versioner/\(version.number)"
        let name = viewer.isLocal ? [PlanActions.nameField] : []
        let comment = FormField(name: "kommentar", label: "Kommentar", control: .textArea(rows: 2))
        var forms: [HTMLNode] = []
        if viewer.canEditData && version.status == .draft {
            forms.append(
                FormView(
                    action: "\(base)/\(PlanActions.Step.propose.rawValue)", method: .post, csrfToken: viewer.csrfToken,
                    fields: name + [comment], buttons: [SubmitButton("Föreslå för godkännande")],
                    label: "Föreslå version \(version.number)"
                ).node())
        }
        if PlanBadges.awaits(version, viewer: viewer) {
            var fields = name
            if viewer.isLocal {
                fields.append(
                    FormField(
                        name: "niva", label: "Nivå",
                        control: .select(
                            version.awaitingLevels.map { SelectOption(value: $0.rawValue, label: $0.swedishName) })))
            }
            fields.append(
                FormField(
                    name: "kommentar", label: "Kommentar", control: .textArea(rows: 2),
                    hint: "Vid avvisning: skriv varför (krävs)."))
            forms.append(
                FormView(
                    action: "\(base)/beslut", method: .post, csrfToken: viewer.csrfToken, fields: fields,
                    buttons: [
                        SubmitButton(
                            "Godkänn version \(version.number)", name: "beslut", value: PlanActions.Step.agree.rawValue),
                        SubmitButton("Avvisa förslaget", name: "beslut", value: PlanActions.Step.reject.rawValue),
                    ], label: "Godkänn eller avvisa version \(version.number)"
                ).node())
        }
        if viewer.canEditData && version.status != .draft {
            forms.append(
                FormView(
                    action: "\(base)/\(PlanActions.Step.newVersion.rawValue)", method: .post,
                    csrfToken: viewer.csrfToken,
                    // Own field names: this form can share the page with the agreement form.
                    fields: (viewer.isLocal ? [PlanActions.nameField.renamed("namn_ny_version")] : [])
                        + [comment.renamed("kommentar_ny_version")],
                    buttons: [SubmitButton("Skapa ny version från version \(version.number)")],
                    label: "Ny version från version \(version.number)"
                ).node())
        }
        return forms
    }
}

extension WebPage {
    /// A message inside the content, e.g. a section's error.
    mutating func flashNode(_ message: FlashMessage) { add(message.node()) }

    /// A warning inside the content (a goal the plan misses, a scenario's caveat), said in words, not only colour.
    mutating func warning(_ text: String) {
        add(
            .div(.class("flash flash-info flash-warning"), .role("note")) {
                HTMLNode.strong { "Varning: " }
                text
            })
    }
}

extension FormField {
    /// The same field under another parameter name (and so another element id).
    func renamed(_ name: String) -> FormField {
        var field = self
        field.name = name
        return field
    }
}
