import Foundation
import NodeStore
import PlanningDomain
import WebUI
import WireProtocol

/// "Lärande exempel": the learning examples the agency has published, as downloaded from the hub
/// (`published-examples`), with a search and a theme filter, and a page per example (problem, what was done,
/// results). Every logged-in user reads them: they are the network's shared knowledge, not region data.
enum LearningExamplesPage {
    static func build(_ context: PageContext) throws -> WebPage {
        var page = context.page("Lärande exempel")
        let search = context.query.trimmed("sok") ?? ""
        let theme = context.query.trimmed("tema")
        let all = try context.store.publishedExamples()
        let examples = all.filter { example in
            (theme == nil || example.theme == theme) && PublishedExampleLabels.matches(example, search: search)
        }
        page.paragraph(
            "Exempel som regionerna har skrivit och myndigheten har granskat och publicerat. Noden hämtar dem från "
                + "hubben vid varje synkning; de finns här även när hubben inte nås.")
        page.add(
            .p {
                "Regionens egna exempel skriver och skickar du under "
                HTMLNode.a(.href(LearningExamplesOwnPage.path)) { "Egna lärande exempel" }
                "."
            })
        page.add(
            FormView(
                action: "/larande-exempel", method: .get, csrfToken: nil,
                fields: [
                    FormField(name: "sok", label: "Sök", value: search, control: .text(.search)),
                    FormField(
                        name: "tema", label: "Tema", value: theme ?? "",
                        control: .select(
                            [SelectOption(value: "", label: "Alla teman")]
                                + LearningTheme.allCases.map {
                                    SelectOption(value: $0.rawValue, label: $0.swedishName)
                                }),
                        hint: "Teman som nätverket har bett om."),
                ], buttons: [SubmitButton("Visa")], label: "Sök bland lärande exempel", extraClass: "form-filter"
            ).node())
        var table = WebTable(
            id: "exempel", caption: "Publicerade lärande exempel (\(examples.count) av \(all.count))",
            columns: [.init("Titel"), .init("Tema"), .init("Nivå"), .init("Region"), .init("Publicerad")],
            rows: examples.map { example in
                [
                    .link(example.title, href: "/larande-exempel/\(WebForm.escape(example.exampleID))"),
                    .text(PublishedExampleLabels.theme(example.theme)),
                    .text(PublishedExampleLabels.level(example.level)),
                    .text(PublishedExampleLabels.region(example.regionCode)), .text(example.publishedOn),
                ]
            }, fileName: "larande-exempel")
        table.emptyMessage =
            all.isEmpty
            ? "Noden har inte hämtat några lärande exempel än. De kommer med nästa synkning mot hubben."
            : "Inga exempel matchar sökningen."
        page.add(table)
        return page
    }

    /// One example: its facts, then problem, what was done and results (or the summary and text of an example
    /// published without sections).
    static func detail(_ context: PageContext, id: String) throws -> WebPage {
        guard let example = try context.store.publishedExample(id: id) else {
            throw WebError.notFound(
                "Det lärande exemplet \"\(id)\" finns inte på noden: det är inte publicerat, har dragits tillbaka "
                    + "eller har inte hämtats från hubben än.")
        }
        var page = WebPage(title: example.title)
        page.add(
            DefinitionList([
                .init("Tema", PublishedExampleLabels.theme(example.theme)),
                .init("Nivå", PublishedExampleLabels.level(example.level)),
                .init("Region", PublishedExampleLabels.region(example.regionCode)),
                .init("Publicerad", PublishedExampleLabels.date(example.publishedOn)),
                .init("Version", "\(example.revision)"),
            ]).node())
        let sections = [
            ("Problem", example.problem), ("Vad gjordes", example.whatWasDone), ("Resultat", example.results),
        ]
        if sections.contains(where: { $0.1 != nil }) {
            for (heading, text) in sections {
                page.section(heading) { inner in paragraphs(text ?? "–", into: &inner) }
            }
        } else {
            page.section("Sammanfattning") { inner in paragraphs(example.summary, into: &inner) }
            page.section("Text") { inner in paragraphs(example.body, into: &inner) }
        }
        page.add(.p { HTMLNode.a(.href("/larande-exempel")) { "Alla lärande exempel" } })
        return page
    }

    /// One `<p>` per paragraph (blank-line separated); the text is escaped, never interpreted as markup.
    private static func paragraphs(_ text: String, into page: inout WebPage) {
        for paragraph in text.components(separatedBy: "\n\n") {
            let trimmed = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { page.paragraph(trimmed) }
        }
    }
}
