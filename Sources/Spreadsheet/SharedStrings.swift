import Foundation

/// Parses `xl/sharedStrings.xml` into its strings, in index order.
///
/// Rich-text runs (`<si><r><t>Grå</t></r><r><t> starr</t></r></si>`) are concatenated; phonetic guides
/// (`<rPh>`, used for Japanese readings) are not part of the visible text and are skipped.
enum SharedStrings {
    static func parse(_ data: Data, partPath: String) throws(XLSXError) -> [String] {
        let handler = Handler()
        try XMLPartParser.parse(data, place: "textdelen \(partPath)", into: handler)
        return handler.strings
    }

    private final class Handler: SAXHandler {
        var strings: [String] = []
        private var current = ""
        private var inItem = false
        private var inText = false
        private var phoneticDepth = 0

        func didStart(_ element: String, attributes: [String: String]) {
            switch element {
            case "si":
                inItem = true
                current = ""
            case "t":
                inText = inItem && phoneticDepth == 0
            case "rPh":
                phoneticDepth += 1
            default:
                break
            }
        }

        func didEnd(_ element: String) {
            switch element {
            case "si":
                strings.append(current)
                inItem = false
            case "t":
                inText = false
            case "rPh":
                phoneticDepth -= 1
            default:
                break
            }
        }

        func foundCharacters(_ text: String) {
            if inText { current += text }
        }
    }
}
