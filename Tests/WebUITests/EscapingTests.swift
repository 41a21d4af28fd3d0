import Testing
import WebUI

@Suite struct EscapingTests {
    @Test func scriptInTextIsRenderedAsText() {
        let html = HTMLNode.p { "<script>alert('x')</script> & co" }.render()
        #expect(html == "<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; co</p>")
    }

    @Test func quotesInAttributesCannotCloseTheAttribute() {
        let html = HTMLNode.div(.title("\" onmouseover=\"alert(1)\" x='y'")).render()
        #expect(html == "<div title=\"&quot; onmouseover=&quot;alert(1)&quot; x=&#39;y&#39;\"></div>")
        #expect(!html.contains("\" onmouseover"))
    }

    @Test func textWithoutSpecialCharactersIsCopiedUnchanged() {
        let text = "Ortopedkliniken – vecka 12, 1 234 besök (åäö)"
        #expect(HTMLNode.text(text).render() == text)
    }

    @Test func everySpecialCharacterIsEscapedWhereverItAppears() throws {
        // Property-style: random strings made of dangerous and harmless characters never leak markup.
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("<>&\"'aÅ /=\u{202F}")
        for _ in 0..<200 {
            let length = Int.random(in: 0...20, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let html = HTMLNode.span(.title(text)) { text }.render()
            let inner = html.dropFirst("<span title=\"".count)
            #expect(!inner.dropLast("</span>".count).contains("<"))
            let parsed = try ParsedXML.parse(html)
            #expect(parsed.elements.count == 1)
            #expect(parsed.elements[0].text == text)
            #expect(parsed.elements[0].attributes["title"] == text)
        }
    }

    @Test func controlCharactersAreReplacedSoThePageStaysWellFormed() throws {
        let html = HTMLNode.p(.title("a\u{0}b")) { "x\u{1B}y\tz\n" }.render()
        #expect(html == "<p title=\"a\u{FFFD}b\">x\u{FFFD}y\tz\n</p>")
        _ = try ParsedXML.parse(html)
    }

    @Test func dangerousURLSchemesBecomeHarmless() {
        for url in [
            "javascript:alert(1)", "JavaScript:alert(1)", " java\tscript:alert(1)", "data:text/html,x", "vbscript:x",
        ] {
            #expect(HTMLNode.a(.href(url)) { "x" }.render() == "<a href=\"#\">x</a>", "\(url)")
        }
        for url in [
            "/planer?vecka=2026-W12&sida=2", "https://example.se/a", "mailto:a@b.se", "#huvud", "planer/3", "?q=a:b",
        ] {
            #expect(HTMLAttribute.href(url).value == url, "\(url)")
        }
    }

    @Test func userDataInChartLabelsIsEscapedInsideTheSVG() throws {
        let chart = LineChart(
            options: ChartOptions(title: "<b>Titel</b>", id: "x"), labels: ["<i>v1</i>", "v2"],
            series: [ChartSeries(name: "\"><script>alert(1)</script>", values: [1, 2])])
        let html = chart.figure().render()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<i>"))
        let svg = try ParsedXML.parse(svgPart(of: html)!)
        #expect(svg.all("text").contains { $0.text == "\"><script>alert(1)</script>" })
    }

    @Test func invalidIdentifiersAreCleaned() {
        #expect(HTMLAttribute.identifier("väntelista 2026") == "v-ntelista-2026")
        #expect(HTMLAttribute.identifier("12abc") == "id-12abc")
        #expect(ChartOptions(title: "t", id: "a\"b").id == "a-b")
    }
}

/// SplitMix64: a small seeded generator so every run checks the same cases.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
