/// Escaping of text and attribute values; the only path by which strings enter rendered HTML.
///
/// Control characters other than tab, line feed and carriage return are not allowed in HTML (or XML) text, so
/// they become U+FFFD instead of breaking the page.
enum HTMLEscaping {
    /// Appends `text` with `&`, `<` and `>` escaped.
    static func appendText(_ text: String, to output: inout String) {
        append(text, escapingQuotes: false, to: &output)
    }

    /// Appends `value` with `&`, `<`, `>`, `"` and `'` escaped.
    static func appendAttribute(_ value: String, to output: inout String) {
        append(value, escapingQuotes: true, to: &output)
    }

    private static func append(_ text: String, escapingQuotes: Bool, to output: inout String) {
        // Fast path: most text needs no escaping, so copy it whole.
        let utf8 = text.utf8
        guard utf8.contains(where: { needsEscape($0, escapingQuotes: escapingQuotes) }) else {
            output += text
            return
        }
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if needsEscape(byte, escapingQuotes: escapingQuotes) {
                output += text[runStart..<index]
                output += entity(byte)
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += text[runStart..<utf8.endIndex]
    }

    private static func needsEscape(_ byte: UInt8, escapingQuotes: Bool) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E: true  // & < >
        case 0x22, 0x27: escapingQuotes  // " '
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F: true
        default: false
        }
    }

    private static func entity(_ byte: UInt8) -> String {
        switch byte {
        case 0x26: "&amp;"
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x22: "&quot;"
        case 0x27: "&#39;"
        default: "\u{FFFD}"
        }
    }
}
