import Hummingbird
import PlanningDomain
import WebUI

/// The deviation register: items in the viewer's part of the tree (including those escalated to it), each with
/// its comments and forms to comment (cause, action, owner) and to mark it resolved.
enum DeviationsPage {
    static func build(_ context: PageContext) throws -> WebPage {
        let register = try FollowUpService(store: context.store, now: context.now).register()
        var page = context.page("Avvikelser")
        if context.query["klart"] != nil { page.flash.append(FlashMessage(.success, "Avvikelsen är uppdaterad.")) }
        let items = register.items.values.filter { visible($0, context) }
            .sorted {
                ($0.status.isUnresolved ? 0 : 1, $1.opening.week, $0.id) < (
                    $1.status.isUnresolved ? 0 : 1, $0.opening.week, $1.id
                )
            }
        page.add(
            .p {
                "\(items.filter(\.status.isUnresolved).count) olösta av \(items.count). Aktuell vecka: "
                    + (register.currentWeek.map { SwedishFormat.weekISO($0) } ?? "–") + "."
            })
        page.add(
            WebTable(
                id: "avvikelser", caption: "Avvikelser",
                columns: [
                    .init("Avvikelse"), .init("Vecka"), .init("Hos enhet"), .init("Plan", kind: .number(decimals: 1)),
                    .init("Utfall", kind: .number(decimals: 0)), .init("Status"), .init("Orsak"), .init("Åtgärd"),
                    .init("Ansvarig"),
                ],
                rows: items.map { item in
                    let comment = item.comments.last
                    return [
                        .link(item.opening.objectCode ?? item.opening.unitCode, href: "#\(anchor(item.id))"),
                        .text(item.opening.week.description), .text(item.responsibleUnitCode),
                        .number(item.opening.figures?.planned), .number(item.opening.figures?.actual),
                        .badge(badge(item)), .text(comment?.cause ?? ""), .text(comment?.action ?? ""),
                        .text(comment?.owner ?? ""),
                    ]
                }, fileName: "avvikelser"))
        for item in items.filter(\.status.isUnresolved).prefix(50) {
            page.add(
                .section(.class("page-section"), HTMLAttribute("id", anchor(item.id))) {
                    HTMLNode.h2 { summary(item) }
                    HTMLNode.p { item.opening.reasons.map(\.swedishDescription).joined(separator: "; ") }
                    FormView(
                        action: "/avvikelser/\(item.id)/kommentar", method: .post, csrfToken: context.viewer.csrfToken,
                        fields: [
                            FormField(name: "orsak", label: "Orsak", control: .textArea(rows: 2), isRequired: true),
                            FormField(name: "atgard", label: "Åtgärd", control: .textArea(rows: 2), isRequired: true),
                            FormField(name: "ansvarig", label: "Ansvarig (roll)", isRequired: true),
                        ], buttons: [SubmitButton("Spara kommentar")], label: "Kommentera \(item.id)"
                    ).node()
                    FormView(
                        action: "/avvikelser/\(item.id)/atgardad", method: .post, csrfToken: context.viewer.csrfToken,
                        fields: [FormField(name: "notering", label: "Vad gjordes?", isRequired: true)],
                        buttons: [SubmitButton("Markera som åtgärdad")], label: "Åtgärda \(item.id)"
                    ).node()
                })
        }
        return page
    }

    /// Records a comment or a resolution posted from the page.
    static func change(_ context: PageContext, id: String, resolve: Bool, form: FormInput) throws -> ActionResult {
        let service = FollowUpService(store: context.store, now: context.now)
        guard let item = try service.register().items[id], visible(item, context) else {
            throw WebError.notFound("Avvikelsen \"\(id)\" finns inte inom ditt ansvarsområde.")
        }
        let user = context.viewer.user.username
        do {
            if resolve {
                guard let note = form.fields.trimmed("notering") else {
                    throw WebError.badRequest("Skriv vad som gjordes.")
                }
                try service.resolve(id: id, note: note, by: user)
            } else {
                guard let cause = form.fields.trimmed("orsak"), let action = form.fields.trimmed("atgard"),
                    let owner = form.fields.trimmed("ansvarig")
                else { throw WebError.badRequest("Fyll i orsak, åtgärd och ansvarig.") }
                try service.comment(id: id, cause: cause, action: action, owner: owner, by: user)
            }
        } catch let error as FollowUpServiceError {
            var page = try build(context)
            page.flash.insert(FlashMessage(.error, error.description), at: 0)
            page.status = .conflict
            return .page(page)
        }
        return .redirect("/avvikelser?klart=1")
    }

    /// A one-line description of an item.
    static func summary(_ item: DeviationItem) -> String {
        let what = item.opening.objectCode ?? item.opening.unitCode
        let figures = item.opening.figures.map {
            ": plan \(SwedishFormat.number($0.planned, decimals: 0)), utfall \(SwedishFormat.number($0.actual, decimals: 0))"
        }
        return "\(what), \(SwedishFormat.weekISO(item.opening.week))\(figures ?? "") – \(item.status.swedishName)"
    }

    static func badge(_ item: DeviationItem) -> StatusBadge {
        if !item.status.isUnresolved { return .resolved }
        if !item.escalations.isEmpty { return .escalated }
        return item.status.awaitsComment ? .deviationOpen : .deviationCommented
    }

    /// A manager sees items of their part of the tree and items escalated into it.
    static func visible(_ item: DeviationItem, _ context: PageContext) -> Bool {
        context.sees(item.opening.unitCode) || context.sees(item.responsibleUnitCode)
    }

    static func anchor(_ id: String) -> String { "avvikelse-" + HTMLAttribute.identifier(id) }
}
