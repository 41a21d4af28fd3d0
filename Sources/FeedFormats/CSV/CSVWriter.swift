/// Writes CSV the way Swedish Excel reads it: semicolon-delimited UTF-8 with BOM, decimal comma, CRLF-free.
public struct CSVWriter: Sendable {
    /// The delimiter written between fields.
    public let delimiter: Character
    private(set) var text: String

    /// Starts a file with the given header. `withBOM` makes Excel open åäö correctly.
    public init(header: [String], delimiter: Character = ";", withBOM: Bool = true) {
        self.delimiter = delimiter
        self.text = withBOM ? "\u{FEFF}" : ""
        append(header)
    }

    /// Appends one row, quoting fields that need it.
    public mutating func append(_ fields: [String]) {
        var first = true
        for field in fields {
            if !first { text.append(delimiter) }
            first = false
            if field.contains(delimiter) || field.contains("\"") || field.contains("\n") {
                text.append("\"")
                text.append(field.replacingQuotes())
                text.append("\"")
            } else {
                text.append(field)
            }
        }
        text.append("\n")
    }

    /// The file content.
    public var content: String { text }

    /// Formats a number with a decimal comma and no trailing zeros ("12,5", "40").
    public static func decimal(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(value)
        if text.contains("e") { return text.replacingOccurrences(of: ".", with: ",") }
        while text.hasSuffix("0") { text.removeLast() }
        return text.replacingOccurrences(of: ".", with: ",")
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            if character == "\"" { result.append("\"\"") } else { result.append(character) }
        }
        return result
    }

    fileprivate func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
