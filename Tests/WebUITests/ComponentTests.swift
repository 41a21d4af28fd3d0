import Testing
import WebUI

@Suite struct ComponentTests {
    let nnbsp = "\u{202F}"

    @Test func dataTableFormatsNumbersSwedishlyAndRightAlignsThem() throws {
        let table = DataTable(
            caption: "Utfall mot plan",
            columns: [
                .init("Planeringsobjekt"), .init("Plan", kind: .number(decimals: 0)),
                .init("Utfall", kind: .number(decimals: 1)), .init("Andel av plan", kind: .percent(decimals: 1)),
            ],
            rows: [
                [.text("Höftprotes"), .number(12_400), .number(11_954.25), .number(0.964)],
                [.link("Knäprotes", href: "/objekt/2"), .number(800), .number(nil), .number(.nan)],
            ],
            footerRows: [[.text("Totalt"), .number(13_200), .number(11_954.25), .number(0.9056)]],
            exports: [ExportLink(.csv, href: "/export/utfall.csv"), ExportLink(.excel, href: "/export/utfall.xlsx")])
        let html = table.node().render()
        #expect(html.contains("<td class=\"num\">12\(nnbsp)400</td>"))
        #expect(html.contains("<td class=\"num\">11\(nnbsp)954,3</td>"))
        #expect(html.contains("<td class=\"num\">96,4\u{00A0}%</td>"))
        #expect(html.contains("<td class=\"num\">–</td>"))
        let parsed = try ParsedXML.parse(html)
        #expect(parsed.all("caption").map(\.text) == ["Utfall mot plan"])
        #expect(parsed.all("th").filter { $0.attributes["scope"] == "col" }.count == 4)
        #expect(parsed.all("th").filter { $0.attributes["scope"] == "row" }.count == 3)
        #expect(parsed.all("a").contains { $0.attributes["href"] == "/objekt/2" && $0.text == "Knäprotes" })
        #expect(parsed.all("tfoot").count == 1)
        let exports = parsed.withClass("export-link")
        #expect(exports.map { $0.attributes["href"] } == ["/export/utfall.csv", "/export/utfall.xlsx"])
        #expect(exports[0].attributes["aria-label"] == "Ladda ner Utfall mot plan som CSV")
        #expect(parsed.withClass("table-scroll").first?.attributes["tabindex"] == "0")
    }

    @Test func emptyTableSaysSoInsteadOfShowingNothing() {
        let html = DataTable(
            caption: "Avvikelser", columns: [.init("Vecka"), .init("Antal", kind: .number(decimals: 0))], rows: []
        )
        .node().render()
        #expect(html.contains("<td colspan=\"2\" class=\"empty\">Det finns inga rader att visa.</td>"))
    }

    @Test func formFieldsAreLabelledAndErrorsAreLinkedAndAnnounced() throws {
        let form = Form(
            action: "/avvikelser/7/kommentar", csrfToken: "abc123",
            fields: [
                FormField(
                    name: "orsak", label: "Orsak", control: .textArea(rows: 4), error: "Skriv en orsak.",
                    isRequired: true),
                FormField(
                    name: "antal", label: "Antal", value: "12,5",
                    control: .number(minimum: 0, maximum: 1000, allowsDecimals: true)),
                FormField(
                    name: "ansvarig", label: "Ansvarig", value: "b",
                    control: .select([SelectOption(value: "a", label: "Anna"), SelectOption(value: "b", label: "Bo")])),
                FormField(name: "losenord", label: "Lösenord", value: "hemligt", control: .text(.password)),
            ],
            buttons: [SubmitButton("Spara kommentar"), SubmitButton("Avbryt", name: "atgard", value: "avbryt")])
        let html = form.node().render()
        let parsed = try ParsedXML.parse(html)
        for label in parsed.all("label") {
            let target = label.attributes["for"]!
            #expect(
                parsed.elements.contains {
                    $0.attributes["id"] == target && ["input", "select", "textarea"].contains($0.name)
                })
        }
        let textarea = try #require(parsed.all("textarea").first)
        #expect(textarea.attributes["aria-invalid"] == "true")
        #expect(textarea.attributes["aria-describedby"] == "falt-orsak-fel")
        #expect(textarea.attributes["required"] == "")
        let summary = try #require(parsed.withClass("error-summary").first)
        #expect(summary.attributes["role"] == "alert")
        #expect(
            parsed.all("a").contains { $0.attributes["href"] == "#falt-orsak" && $0.text == "Orsak: Skriv en orsak." })
        #expect(
            parsed.all("input").contains { $0.attributes["name"] == "csrf_token" && $0.attributes["value"] == "abc123" }
        )
        #expect(
            parsed.all("input").contains { $0.attributes["inputmode"] == "decimal" && $0.attributes["value"] == "12,5" }
        )
        #expect(html.contains("Ange ett tal från 0 till 1\(nnbsp)000."))
        #expect(parsed.all("option").filter { $0.attributes["selected"] != nil }.map(\.text) == ["Bo"])
        #expect(!html.contains("hemligt"))
        #expect(parsed.all("button").map { $0.attributes["class"] } == ["button button-primary", "button"])
    }

    @Test func getFormsCarryNoCsrfToken() {
        let html = Form(action: "/sok", method: .get, csrfToken: "abc", fields: [FormField(name: "q", label: "Sök")])
            .node().render()
        #expect(!html.contains("csrf_token"))
        #expect(html.contains("method=\"get\""))
    }

    @Test func paginationShowsAWindowWithGapsAndMarksTheCurrentPage() throws {
        #expect(Pagination(currentPage: 6, pageCount: 20).visiblePages == [1, nil, 4, 5, 6, 7, 8, nil, 20])
        #expect(Pagination(currentPage: 1, pageCount: 3).visiblePages == [1, 2, 3])
        #expect(Pagination(currentPage: 99, pageCount: 5).currentPage == 5)
        let html = Pagination(currentPage: 2, pageCount: 5).node { "/objekt?sida=\($0)" }.render()
        let parsed = try ParsedXML.parse(html)
        #expect(parsed.all("a").filter { $0.attributes["aria-current"] == "page" }.map(\.text) == ["2"])
        #expect(parsed.all("a").first?.text == "Föregående")
        #expect(parsed.all("a").last?.attributes["href"] == "/objekt?sida=3")
        #expect(Pagination(currentPage: 1, pageCount: 1).node { "\($0)" }.render() == "")
    }

    @Test func badgesCardsAndDefinitionListsCarryTheirText() {
        #expect(StatusBadge.agreed.node().render() == "<span class=\"badge badge-positive\">Överenskommen</span>")
        #expect(StatusBadge.proposal.text == "Förslag" && StatusBadge.draft.text == "Utkast")
        let cards = KeyFigureCard.grid([
            KeyFigureCard(
                label: "Utfall mot plan", value: SwedishFormat.percent(0.964), detail: "Hittills i år",
                badge: .belowPlan)
        ]).render()
        #expect(cards.contains("<p class=\"card-value\">96,4\u{00A0}%</p>"))
        #expect(cards.contains("Under plan"))
        let list = DefinitionList([.init("Vårdtjänst", "Höftprotes"), .init("Status", node: StatusBadge.agreed.node())])
            .node()
            .render()
        #expect(list.contains("<dt>Vårdtjänst</dt><dd>Höftprotes</dd>"))
    }
}
