/// Folds free text for lenient matching of names and column headers.
///
/// Lower-cases, maps å/ä→a, ö→o, é→e, and turns spaces and hyphens into underscores, so that
/// "Medicinskt måldatum", "medicinskt_maldatum" and "MEDICINSKT-MÅLDATUM" compare equal.
public enum TextFolding {
    /// The folded form of `text`, trimmed of surrounding whitespace.
    public static func fold(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "å", "ä", "Å", "Ä", "à", "á", "À", "Á": result.append("a")
            case "ö", "Ö", "ø", "Ø": result.append("o")
            case "é", "è", "É", "È": result.append("e")
            case "ü", "Ü": result.append("u")
            case " ", "-", "\t", ".", "/": result.append("_")
            // Decomposed letters (macOS file names store "ö" as "o" + U+0308): drop the combining mark.
            case "\u{0300}"..."\u{036F}": continue
            default: result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        while result.hasPrefix("_") { result.removeFirst() }
        while result.hasSuffix("_") { result.removeLast() }
        return result
    }
}
