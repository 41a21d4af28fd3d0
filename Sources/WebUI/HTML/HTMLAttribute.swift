/// An attribute on an ``HTMLNode`` element; the value is escaped when rendered.
public struct HTMLAttribute: Sendable, Hashable {
    /// The attribute name, e.g. `class` or `aria-label`.
    public let name: String
    /// The value, or nil for a boolean attribute that is present (rendered as `name=""`).
    public let value: String?

    /// An attribute `name="value"`. Traps if `name` is not a plain attribute name: names come from code.
    public init(_ name: String, _ value: String) {
        precondition(Self.isValidName(name), "Invalid HTML attribute name \"\(name)\"")
        self.name = name
        self.value = value
    }

    /// A boolean attribute such as `required` or `open`.
    public init(boolean name: String) {
        precondition(Self.isValidName(name), "Invalid HTML attribute name \"\(name)\"")
        self.name = name
        self.value = nil
    }

    func render(into output: inout String) {
        output += " "
        output += name
        output += "=\""
        if let value { HTMLEscaping.appendAttribute(value, to: &output) }
        output += "\""
    }

    /// Letters, then letters, digits, `-`, `_` or `:` (for `xml:lang`-style names).
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, isLetter(first) else { return false }
        return name.utf8.allSatisfy {
            isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F || $0 == 0x3A
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}

extension HTMLAttribute {
    /// `class="..."`.
    public static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute("class", value) }
    /// `id="..."`.
    public static func id(_ value: String) -> HTMLAttribute { HTMLAttribute("id", value) }
    /// `aria-<name>="..."`, e.g. `.aria("label", "Huvudmeny")`.
    public static func aria(_ name: String, _ value: String) -> HTMLAttribute { HTMLAttribute("aria-" + name, value) }
    /// `role="..."`.
    public static func role(_ value: String) -> HTMLAttribute { HTMLAttribute("role", value) }
    /// `title="..."`.
    public static func title(_ value: String) -> HTMLAttribute { HTMLAttribute("title", value) }

    /// `href="..."` for a link, with unsafe schemes neutralised.
    ///
    /// Only relative URLs, fragments and the `http`, `https` and `mailto` schemes pass; anything else
    /// (`javascript:`, `data:`, ...) becomes `#`, so a URL built from user data cannot run script.
    public static func href(_ url: String) -> HTMLAttribute { HTMLAttribute("href", safeURL(url)) }

    /// `action="..."` for a form, with the same scheme check as ``href(_:)``.
    public static func action(_ url: String) -> HTMLAttribute { HTMLAttribute("action", safeURL(url)) }

    /// `text` made usable as an element id: ASCII letters, digits, `-` and `_` are kept, anything else becomes `-`,
    /// and an id that does not start with a letter gets the prefix `id-`.
    public static func identifier(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            let value = scalar.value
            let keep =
                (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || value == 0x2D || value == 0x5F
            return keep ? scalar : "-"
        }
        let result = String(String.UnicodeScalarView(scalars))
        guard let first = result.utf8.first, isLetter(first) else { return "id-" + result }
        return result
    }

    /// `url` if it is relative or uses an allowed scheme, otherwise `#`.
    static func safeURL(_ url: String) -> String {
        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"), so drop them
        // before looking for the scheme.
        let compact = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 }))
        guard let colon = compact.firstIndex(of: ":") else { return url }
        let beforeColon = compact[..<colon]
        if beforeColon.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return url }
        switch beforeColon.lowercased() {
        case "http", "https", "mailto": return url
        default: return "#"
        }
    }
}
