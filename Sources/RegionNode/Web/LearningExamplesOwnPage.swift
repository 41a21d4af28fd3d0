import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport
import WebUI
import WireProtocol

/// "Egna lärande exempel" (`/egna-exempel`): the region's own learning examples — a list with where each is, a form
/// for a new one, and per example (`/egna-exempel/{id}`) the draft as a form ("Spara utkast"), "Skicka till
/// myndigheten" and the revisions sent. Writes go through ``LearningExampleService`` like the API.
enum LearningExamplesOwnPage {
    static let path = "/egna-exempel"

    static func build(
        _ context: PageContext, posted: LearningExampleInput? = nil, error: String? = nil
    ) throws -> WebPage {
        let service = LearningExampleService(store: context.store, now: context.now)
        var page = context.page("Egna lärande exempel")
        if let error { page.status = .unprocessableContent; page.flash.append(FlashMessage(.error, error)) }
        page.paragraph(
            "Skriv vad regionen gjorde och vad som hände. Ett utkast stannar på noden; \"Skicka till myndigheten\" "
                + "skickar det som en ny revision vid nästa synkning. Myndigheten granskar, kan be om ändringar och "
                + "publicerar; publicerade exempel kommer tillbaka under Lärande exempel.")
        let examples = try service.list()
        var table = WebTable(
            id: "egna-exempel", caption: "Egna lärande exempel (\(examples.count))",
            columns: [.init("Titel"), .init("Tema"), .init("Senast skickad"), .init("Läge")],
            rows: examples.map { overview in
                let latest = overview.example.latestSubmission
                return [
                    .link(overview.example.draft.title, href: "\(path)/\(WebForm.escape(overview.example.id))"),
                    .text(overview.example.draft.theme.swedishName),
                    .text(latest.map { "Revision \($0.revision)" } ?? "Inte skickad"),
                    .text(stateText(overview)),
                ]
            }, fileName: "egna-larande-exempel")
        table.emptyMessage = "Regionen har inte skrivit några lärande exempel på noden än."
        page.add(table)
        if LearningExampleService.mayWrite(context.viewer.user) {
            page.section("Nytt lärande exempel", id: "nytt") { section in
                section.add(
                    form(
                        action: path, input: posted, csrfToken: context.viewer.csrfToken,
                        buttons: [SubmitButton("Spara utkast")], label: "Nytt lärande exempel"))
            }
        }
        return page
    }

    static func detail(
        _ context: PageContext, id: String, posted: LearningExampleInput? = nil, error: String? = nil
    ) throws -> WebPage {
        let overview = try LearningExampleService(store: context.store, now: context.now).get(id)
        let example = overview.example
        var page = context.page(example.draft.title)
        if context.query["sparad"] != nil { page.flash.append(FlashMessage(.success, "Utkastet är sparat.")) }
        if context.query["skickad"] != nil {
            page.flash.append(
                FlashMessage(
                    .success,
                    "Revision \(example.latestSubmission?.revision ?? 1) är sparad och skickas till myndigheten vid "
                        + "nästa synkning."))
        }
        if let error { page.status = .unprocessableContent; page.flash.append(FlashMessage(.error, error)) }
        page.add(.p { HTMLNode.a(.href(path)) { "← Alla egna exempel" } })
        page.add(
            DefinitionList([
                .init("Läge", stateText(overview)),
                .init("Tema", example.draft.theme.swedishName),
                .init("Nivå", example.draft.level.swedishName),
                .init(
                    "Senast sparad",
                    "\(WebText.timestamp(ISO8601DateFormatter().string(from: example.updatedAt))) av \(example.updatedBy)"
                ),
            ]).node())
        if let published = overview.published {
            page.add(
                .p {
                    "Myndigheten har publicerat revision \(published.revision): "
                    HTMLNode.a(.href("/larande-exempel/\(WebForm.escape(published.exampleID))")) {
                        "läs den publicerade texten"
                    }
                })
        }
        if LearningExampleService.mayWrite(context.viewer.user) {
            page.section("Utkast", id: "utkast") { section in
                section.add(
                    form(
                        action: "\(path)/\(WebForm.escape(id))", input: posted ?? LearningExampleInput(example.draft),
                        csrfToken: context.viewer.csrfToken, buttons: [SubmitButton("Spara utkast")],
                        label: "Utkast till lärande exempel"))
                section.add(
                    FormView(
                        action: "\(path)/\(WebForm.escape(id))/skicka", method: .post,
                        csrfToken: context.viewer.csrfToken,
                        buttons: [SubmitButton("Skicka till myndigheten")], label: "Skicka till myndigheten"
                    ).node())
                if !example.hasUnsentChanges {
                    section.paragraph(
                        "Utkastet är detsamma som senast skickade revision; ändra det för att skicka en ny.")
                }
            }
        }
        var revisions = WebTable(
            id: "revisioner", caption: "Skickade revisioner",
            columns: [.init("Revision"), .init("Skickad"), .init("Av"), .init("Läge")],
            rows: example.submissions.reversed().map { submission in
                [
                    .text("\(submission.revision)"),
                    .text(WebText.timestamp(ISO8601DateFormatter().string(from: submission.submittedAt))),
                    .text(submission.submittedBy),
                    .text(LearningExampleLabels.text(overview.states[submission.revision] ?? .awaitingRegion)),
                ]
            }, fileName: "revisioner")
        revisions.emptyMessage = "Inget skickat än."
        page.add(revisions)
        return page
    }

    /// Creates an example from the posted form.
    static func create(_ context: PageContext, form: FormInput) throws -> ActionResult {
        let input = input(form.fields)
        do {
            let created = try LearningExampleService(store: context.store, now: context.now)
                .create(input, by: context.viewer.user)
            return .redirect("\(path)/\(WebForm.escape(created.example.id))?sparad=1")
        } catch let error as APIError where error.status == .unprocessableContent {
            return .page(try build(context, posted: input, error: error.message))
        }
    }

    /// Saves the posted draft.
    static func save(_ context: PageContext, id: String, form: FormInput) throws -> ActionResult {
        let input = input(form.fields)
        do {
            _ = try LearningExampleService(store: context.store, now: context.now)
                .update(id, input, by: context.viewer.user)
            return .redirect("\(path)/\(WebForm.escape(id))?sparad=1")
        } catch let error as APIError where error.status == .unprocessableContent {
            return .page(try detail(context, id: id, posted: input, error: error.message))
        }
    }

    /// Sends the draft as the next revision.
    static func submit(_ context: PageContext, id: String) throws -> ActionResult {
        do {
            _ = try LearningExampleService(store: context.store, now: context.now).submit(id, by: context.viewer.user)
            return .redirect("\(path)/\(WebForm.escape(id))?skickad=1")
        } catch let error as APIError where error.status == .unprocessableContent || error.status == .conflict {
            return .page(try detail(context, id: id, error: "Exemplet skickades inte: " + error.message))
        }
    }

    private static func stateText(_ overview: LearningExampleService.Overview) -> String {
        if let published = overview.published {
            return "Publicerad (revision \(published.revision))"
        }
        guard let latest = overview.example.latestSubmission else { return "Utkast, inte skickat" }
        return "Revision \(latest.revision): "
            + LearningExampleLabels.text(overview.states[latest.revision] ?? .awaitingRegion)
    }

    private static func input(_ form: WebForm) -> LearningExampleInput {
        LearningExampleInput(
            title: form.trimmed("title") ?? "", theme: form["theme"] ?? "", level: form["level"] ?? "",
            problem: form["problem"] ?? "", whatWasDone: form["whatWasDone"] ?? "", results: form["results"] ?? "",
            contactRole: form.trimmed("contactRole") ?? "")
    }

    private static func form(
        action: String, input: LearningExampleInput?, csrfToken: String, buttons: [SubmitButton], label: String
    ) -> HTMLNode {
        FormView(
            action: action, method: .post, csrfToken: csrfToken,
            fields: [
                FormField(name: "title", label: "Titel", value: input?.title ?? "", isRequired: true),
                FormField(
                    name: "theme", label: "Tema", value: input?.theme ?? LearningTheme.realisticPlanning.rawValue,
                    control: .select(
                        LearningTheme.allCases.map { SelectOption(value: $0.rawValue, label: $0.swedishName) })),
                FormField(
                    name: "level", label: "Nivå", value: input?.level ?? PlanningLevel.tactical.rawValue,
                    control: .select(
                        PlanningLevel.allCases.map { SelectOption(value: $0.rawValue, label: $0.swedishName) })),
                FormField(
                    name: "problem", label: "Problem (sammanfattning)", value: input?.problem ?? "",
                    control: .textArea(rows: 4),
                    hint: "Vilket problem stod regionen inför? Första stycket blir sammanfattningen."),
                FormField(
                    name: "whatWasDone", label: "Vad gjordes", value: input?.whatWasDone ?? "",
                    control: .textArea(rows: 6)),
                FormField(name: "results", label: "Resultat", value: input?.results ?? "", control: .textArea(rows: 4)),
                FormField(
                    name: "contactRole", label: "Kontaktroll", value: input?.contactRole ?? "",
                    hint: "En roll, t.ex. \"produktionsstrateg\", aldrig en persons namn."),
            ], buttons: buttons, label: label
        ).node()
    }
}
