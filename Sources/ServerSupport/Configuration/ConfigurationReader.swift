import Foundation

/// Types the settings of a ``ConfigurationDocument`` one key at a time, with the default for each, and then
/// refuses any key that no setting asked for.
///
/// ```swift
/// var reader = ConfigurationReader(document)
/// let port = try reader.integer("server.port", default: 8080, in: 0...65_535)
/// try reader.rejectUnknownKeys()
/// ```
public struct ConfigurationReader: Sendable {
    /// The document being read.
    public let document: ConfigurationDocument
    /// Every key asked for so far, in order: the configuration's full key list once reading is done.
    public private(set) var knownKeys: [String] = []

    /// Creates a reader.
    public init(_ document: ConfigurationDocument) {
        self.document = document
    }

    /// A text setting; an explicit null or an empty value gives the default.
    public mutating func string(_ key: String, default defaultValue: String) throws -> String {
        try optionalString(key) ?? defaultValue
    }

    /// A text setting without a default: nil when absent, null or empty (e.g. "no TLS", "no hub").
    public mutating func optionalString(_ key: String) throws -> String? {
        try typed(key, expected: "en text") { $0.isEmpty ? .some(nil) : .some($0) } ?? nil
    }

    /// A whole number within `range`.
    public mutating func integer(_ key: String, default defaultValue: Int, in range: ClosedRange<Int>) throws -> Int {
        let expected = "ett heltal (\(Self.format(range.lowerBound))–\(Self.format(range.upperBound)))"
        return try typed(key, expected: expected) { text in
            Int(text.replacingOccurrences(of: "_", with: "")).flatMap { range.contains($0) ? $0 : nil }
        } ?? defaultValue
    }

    /// A yes/no setting: `true`/`false`, `yes`/`no`, `on`/`off` (any case).
    public mutating func boolean(_ key: String, default defaultValue: Bool) throws -> Bool {
        try typed(key, expected: "true eller false") { text in
            switch text.lowercased() {
            case "true", "yes", "on": true
            case "false", "no", "off": false
            default: nil
            }
        } ?? defaultValue
    }

    /// One of a fixed set of words, e.g. a log level.
    public mutating func choice<Value: Sendable>(
        _ key: String, default defaultValue: Value, options: KeyValuePairs<String, Value>
    ) throws -> Value {
        let names = options.map(\.key).joined(separator: ", ")
        return try typed(key, expected: "ett av \(names)") { text in
            options.first { $0.key == text.lowercased() }?.value
        } ?? defaultValue
    }

    /// Any setting parsed by `parse`, which returns nil for a value it cannot use; `expected` completes the
    /// sentence "… är inte …" (e.g. "ett schema som mon 03:00 eller off").
    public mutating func typed<Value>(
        _ key: String, expected: String, parse: (String) -> Value?
    ) throws -> Value? {
        knownKeys.append(key)
        guard let value = document.values[key] else { return nil }
        switch value.content {
        case .null:
            return nil
        case .scalar(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let parsed = parse(trimmed) else {
                throw ConfigurationError(
                    .invalidValue, source: value.source, key: key, problem: "\"\(text)\" är inte \(expected)")
            }
            return parsed
        case .list:
            throw ConfigurationError(
                .invalidValue, source: value.source, key: key, problem: "är en lista, men ska vara \(expected)")
        case .table:
            throw ConfigurationError(
                .invalidValue, source: value.source, key: key, problem: "är en tabell, men ska vara \(expected)")
        }
    }

    /// Fails on the first key (in file order of sources) that no setting asked for, suggesting the nearest
    /// known key. Call after every setting has been read.
    public func rejectUnknownKeys() throws {
        let known = Set(knownKeys)
        let sections = Set(knownKeys.compactMap { $0.split(separator: ".").first.map(String.init) })
        let unknown = document.values.filter { !known.contains($0.key) }.sorted { $0.key < $1.key }
        for (key, value) in unknown {
            // `tls:` with nothing under it is an empty section, not a setting.
            if sections.contains(key), value.content == .null { continue }
            throw ConfigurationError(.unknownKey, source: value.source, key: key, problem: problem(forUnknown: key))
        }
    }

    private func problem(forUnknown key: String) -> String {
        if let setting = knownKeys.first(where: { key.hasPrefix($0 + ".") }) {
            return "\(setting) är ett enskilt värde, inte en tabell. Skriv \(setting): värde."
        }
        let sectionKeys = knownKeys.filter { $0.hasPrefix(key + ".") }
        if !sectionKeys.isEmpty {
            return "\(key) är en sektion; skriv dess nycklar under den (\(sectionKeys.joined(separator: ", ")))."
        }
        let nearest = knownKeys.min { Self.distance($0, key) < Self.distance($1, key) }
        if let nearest, Self.distance(nearest, key) <= max(2, key.count / 4) {
            return "okänd nyckel. Menade du \(nearest)? Se exempelfilen i Config/ för alla nycklar."
        }
        return "okänd nyckel. Ta bort den eller se exempelfilen i Config/ för alla nycklar."
    }

    /// Levenshtein distance, for "did you mean" suggestions.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }

    private static func format(_ number: Int) -> String {
        number == Int.max ? "∞" : String(number)
    }
}
