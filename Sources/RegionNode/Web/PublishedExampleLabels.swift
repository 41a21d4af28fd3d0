import PlanningDomain
import WebUI
import WireProtocol

/// Swedish labels for a published learning example's coded fields, shared by the pages and the JSON API: the
/// payload carries codes (`realisticPlanning`, `tactical`, `05`), readers want words.
enum PublishedExampleLabels {
    /// The theme's Swedish name; an unknown code (a newer hub) is shown as it came.
    static func theme(_ code: String) -> String {
        LearningTheme(rawValue: code)?.swedishName ?? code
    }

    /// The planning level's Swedish name ("taktisk nivå"), or "–" when the example names none.
    static func level(_ code: String?) -> String {
        guard let code else { return "–" }
        return PlanningLevel(rawValue: code)?.swedishName ?? code
    }

    /// The region's name ("Region Jönköpings län"), or the code when it is not a known county code.
    static func region(_ code: String) -> String {
        SwedishRegion.withCode(code)?.name ?? code
    }

    /// "9 december 2026" for `2026-12-09`; other text as it came.
    static func date(_ text: String) -> String {
        CivilDate.parse(text).map { SwedishFormat.date($0) } ?? text
    }

    /// Whether `example` matches every word of `search` (case- and diacritic-sensitive as Swedish readers
    /// expect: "får" is not "far"), in title, summary, body and the structured sections.
    static func matches(_ example: PublishedExample, search: String) -> Bool {
        let words = search.lowercased().split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return true }
        let text = [
            example.title, example.summary, example.body, example.problem ?? "", example.whatWasDone ?? "",
            example.results ?? "", theme(example.theme), region(example.regionCode),
        ].joined(separator: "\n").lowercased()
        return words.allSatisfy { text.contains($0) }
    }
}
