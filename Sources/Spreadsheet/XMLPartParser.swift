import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Receives the events of one XML part. Element names arrive without namespace prefix (`x:c` becomes `c`), since
/// some generators prefix every SpreadsheetML element and the strict OOXML flavour uses other namespace URIs.
protocol SAXHandler: AnyObject {
    func didStart(_ element: String, attributes: [String: String]) throws(XLSXError)
    func didEnd(_ element: String) throws(XLSXError)
    func foundCharacters(_ text: String)
}

/// Streams one XML part through `XMLParser` into a `SAXHandler`, turning parse failures into `XLSXError`.
///
/// Streaming keeps a 100 000-row sheet to one pass without building a tree; handlers do their own bookkeeping.
final class XMLPartParser: NSObject, XMLParserDelegate {
    private let handler: any SAXHandler
    private var failure: XLSXError?

    private init(handler: any SAXHandler) {
        self.handler = handler
    }

    /// Parses `data`; `place` names the part for the planner, e.g. `bladet "Inflöde" (xl/worksheets/sheet1.xml)`.
    static func parse(_ data: Data, place: String, into handler: any SAXHandler) throws(XLSXError) {
        // OOXML never uses document type declarations; refusing them shuts out entity-expansion bombs.
        if data.prefix(4_096).range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw XLSXError(
                code: .malformedXML,
                message: "Arbetsboken innehåller en XML-doktypsdeklaration i \(place), vilket .xlsx-filer aldrig har. "
                    + "Öppna filen i Excel och spara den igen som .xlsx.")
        }
        // Through a stream, Foundation feeds libxml2 in chunks; handing it `Data` pushes the whole part as one
        // chunk, which libxml2 rejects beyond 10 MB ("huge input lookup"), about 40 000 rows of a real sheet.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let delegate = XMLPartParser(handler: handler)
        parser.delegate = delegate
        let succeeded = parser.parse()
        if let failure = delegate.failure { throw failure }
        // Foundation runs libxml2 in recovery mode, so a truncated or mis-nested part can still "succeed";
        // only the recorded parser error tells.
        guard succeeded, parser.parserError == nil else {
            throw XLSXError(
                code: .malformedXML,
                message: "Arbetsboken är skadad: \(place) är inte giltig XML (rad \(parser.lineNumber), "
                    + "kolumn \(parser.columnNumber)). Öppna filen i Excel och spara den igen som .xlsx.")
        }
    }

    private func fail(_ parser: XMLParser, _ error: XLSXError) {
        guard failure == nil else { return }
        failure = error
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        do {
            try handler.didStart(Self.localName(elementName), attributes: attributes)
        } catch {
            fail(parser, error)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        do {
            try handler.didEnd(Self.localName(elementName))
        } catch {
            fail(parser, error)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        handler.foundCharacters(string)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard failure == nil else { return }
        handler.foundCharacters(String(decoding: block, as: UTF8.self))
    }

    /// `x:c` -> `c`; names without a prefix are returned as they are.
    static func localName(_ name: String) -> String {
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.index(after: colon)...])
    }
}

extension [String: String] {
    /// The value of a namespaced attribute such as `r:id` whatever prefix the generator chose.
    func namespacedValue(localName: String) -> String? {
        if let value = self[localName] { return value }
        let suffix = ":" + localName
        return first { $0.key.hasSuffix(suffix) }?.value
    }
}
