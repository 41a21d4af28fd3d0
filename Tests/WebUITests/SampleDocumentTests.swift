import Foundation
import Testing
import WebUI

@Suite struct SampleDocumentTests {
    @Test func fullPageRendersIdenticallyEveryTime() {
        let first = SampleDocument.page()
        #expect(first == SampleDocument.page())
        #expect(first.count > 20_000)
    }

    @Test func fullPageIsWellFormedWithEveryPartInPlace() throws {
        let page = try ParsedXML.parse(SampleDocument.page())
        #expect(page.all("svg").count == 5)
        #expect(page.all("figure").count == 5)
        #expect(page.all("details").count == 5)
        #expect(page.all("table").count == 6)
        #expect(page.all("main").count == 1)
        // Every id on the page is unique, so labels and aria references are unambiguous.
        let ids = page.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
        for element in page.elements {
            for reference in (element.attributes["aria-labelledby"] ?? "").split(separator: " ") {
                #expect(ids.contains(String(reference)), "\(reference)")
            }
        }
        // Landmarks appear in reading order.
        let landmarks = page.elements.map(\.name).filter { ["header", "nav", "main", "footer"].contains($0) }
        #expect(landmarks.first == "header" && landmarks.last == "footer")
    }

    /// Writes the sample page and stylesheet for a person to look at. Runs only when `WEBUI_SAMPLE_DIR` is set:
    /// `WEBUI_SAMPLE_DIR=/tmp swift test --filter writesSample`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WEBUI_SAMPLE_DIR"] != nil))
    func writesSamplePageForInspection() throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["WEBUI_SAMPLE_DIR"]!)
        try SampleDocument.page(stylesheetPath: Stylesheet.fileName)
            .write(to: directory.appendingPathComponent("webui-sample.html"), atomically: true, encoding: .utf8)
        try Stylesheet.css.write(
            to: directory.appendingPathComponent(Stylesheet.fileName), atomically: true, encoding: .utf8)
    }
}
