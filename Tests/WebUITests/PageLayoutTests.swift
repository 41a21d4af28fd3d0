import Testing
import WebUI

@Suite struct PageLayoutTests {
    let layout = PageLayout(
        siteName: "Region Östergötland", stylesheetPath: "/static/balans-1.css",
        navigation: [
            NavigationItem("Start", href: "/"), NavigationItem("Uppföljning", href: "/uppfoljning", isCurrent: true),
            NavigationItem("Planer", href: "/planer"),
        ],
        user: UserBox(name: "Anna Ek", role: "Taktisk chef", csrfToken: "tok\"en"), showsSyntheticDataBanner: true)

    @Test func pageIsSwedishWithASkipLinkToMain() throws {
        let html = layout.render(title: "Uppföljning", content: .p { "Innehåll" })
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        #expect(html.contains("<a class=\"skip-link\" href=\"#huvudinnehall\">Hoppa till huvudinnehållet</a>"))
        #expect(html.contains("<main id=\"huvudinnehall\""))
        #expect(html.contains("<title>Uppföljning – Balans – Region Östergötland</title>"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"/static/balans-1.css\"/>"))
        #expect(html.contains("name=\"viewport\""))
        #expect(html.contains("Syntetiska data – endast för demonstration"))
        let page = try ParsedXML.parse(html)
        #expect(page.all("h1").map(\.text) == ["Uppföljning"])
    }

    @Test func onlyTheCurrentNavigationItemIsMarked() throws {
        let page = try ParsedXML.parse(layout.render(title: "Uppföljning", content: .empty))
        let current = page.all("a").filter { $0.attributes["aria-current"] == "page" }
        #expect(current.map(\.text) == ["Uppföljning"])
        #expect(page.all("nav").first?.attributes["aria-label"] == "Huvudmeny")
    }

    @Test func logoutIsAPostFormWithTheCsrfToken() throws {
        let page = try ParsedXML.parse(layout.render(title: "Start", content: .empty))
        let form = try #require(page.all("form").first)
        #expect(form.attributes["method"] == "post")
        #expect(form.attributes["action"] == "/logga-ut")
        let token = page.all("input").first { $0.attributes["name"] == CSRFField.name }
        #expect(token?.attributes["type"] == "hidden")
        #expect(token?.attributes["value"] == "tok\"en")
    }

    @Test func flashMessagesUseStatusAndAlertRoles() throws {
        let html = layout.render(
            title: "Start",
            flash: [FlashMessage(.success, "Planen är sparad."), FlashMessage(.error, "Importen misslyckades.")],
            content: .empty)
        let page = try ParsedXML.parse(html)
        let flashes = page.withClass("flash")
        #expect(flashes.map { $0.attributes["role"] } == ["status", "alert"])
    }

    @Test func loginPageHasNoUserBoxOrBannerWhenNotConfigured() {
        let plain = PageLayout(siteName: "Nationella noden", stylesheetPath: "/s.css")
        let html = plain.render(title: "Logga in", content: .empty)
        #expect(!html.contains("user-box"))
        #expect(!html.contains("Syntetiska"))
        #expect(!html.contains("<nav"))
        #expect(html.contains("Nationella noden"))
    }

    @Test func stylesheetHasFocusPrintAndResponsiveTableRules() {
        #expect(Stylesheet.css.contains(":focus-visible"))
        #expect(Stylesheet.css.contains("@media print"))
        #expect(Stylesheet.css.contains(".table-scroll { overflow-x: auto"))
        #expect(Stylesheet.css.contains(".skip-link:focus"))
    }
}
