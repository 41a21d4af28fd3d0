import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML (or XHTML-compatible HTML) document, flattened to its elements in document order, so tests can
/// count and inspect what a chart or page contains. Parsing fails on anything that is not well-formed.
struct ParsedXML {
    final class Element {
        let name: String
        let attributes: [String: String]
        let depth: Int
        var text = ""

        init(name: String, attributes: [String: String], depth: Int) {
            self.name = name
            self.attributes = attributes
            self.depth = depth
        }

        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

        func double(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
    }

    let elements: [Element]

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func withClass(_ className: String) -> [Element] { elements.filter { $0.classes.contains(className) } }

    var allText: String { elements.map(\.text).joined(separator: " ") }

    /// Parses `text`; throws with the parser's message and line when it is not well-formed XML.
    static func parse(_ text: String) throws -> ParsedXML {
        let collector = Collector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        guard parser.parse() else {
            throw ParseFailure(
                description: "line \(parser.lineNumber), column \(parser.columnNumber): "
                    + (parser.parserError.map { "\($0)" } ?? "unknown error"))
        }
        return ParsedXML(elements: collector.elements)
    }

    struct ParseFailure: Error, CustomStringConvertible {
        let description: String
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var stack: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = Element(name: elementName, attributes: attributes, depth: stack.count)
            elements.append(element)
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

/// The `<svg>…</svg>` part of rendered HTML.
func svgPart(of html: String) -> String? {
    guard let start = html.range(of: "<svg"), let end = html.range(of: "</svg>", options: .backwards) else {
        return nil
    }
    return String(html[start.lowerBound..<end.upperBound])
}
