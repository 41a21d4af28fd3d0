import Foundation
import Yams

extension ConfigurationDocument {
    /// Parses YAML text: nested tables become dotted keys, scalars keep their text, `~`/`null`/empty mean "not
    /// set". Duplicate keys and malformed YAML fail with the line.
    ///
    /// - Parameter file: how messages name the file, e.g. `Config/node.yaml`.
    public static func parse(yaml: String, file: String) throws -> ConfigurationDocument {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigurationError(
                .malformedYAML, source: file, key: "",
                problem: "filen är inte giltig YAML (\(Self.summary(of: error))). Rätta raden och starta igen.")
        }
        var document = ConfigurationDocument(file: file)
        guard let root else { return document }  // An empty file: every default applies.
        guard case .mapping(let mapping) = root else {
            throw ConfigurationError(
                .malformedYAML, source: file, key: "",
                problem: "filen ska vara en tabell med sektioner (server:, tls:, …), inte ett enskilt värde.")
        }
        try document.flatten(mapping, prefix: "")
        return document
    }

    /// Reads and parses a file.
    public static func load(path: String) throws -> ConfigurationDocument {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError(
                .unreadableFile, source: path, key: "",
                problem: "filen kunde inte läsas som UTF-8-text. Kontrollera sökvägen och rättigheterna.")
        }
        return try parse(yaml: text, file: path)
    }

    private mutating func flatten(_ mapping: Node.Mapping, prefix: String) throws {
        for (keyNode, valueNode) in mapping {
            let source = location(of: valueNode.mark ?? keyNode.mark)
            guard case .scalar(let keyScalar) = keyNode, !keyScalar.string.isEmpty else {
                throw ConfigurationError(
                    .malformedYAML, source: source, key: prefix,
                    problem: "nycklar ska vara enkla namn som port eller database.")
            }
            let key = prefix.isEmpty ? keyScalar.string : "\(prefix).\(keyScalar.string)"
            switch valueNode {
            case .mapping(let nested):
                if nested.isEmpty {
                    set(key, ConfigurationValue(.null, source: source))
                } else {
                    try flatten(nested, prefix: key)
                }
            case .scalar(let scalar):
                let isNull = scalar.style == .plain && valueNode.null != nil
                set(key, ConfigurationValue(isNull ? .null : .scalar(scalar.string), source: source))
            case .sequence(let sequence):
                var items: [String] = []
                for item in sequence {
                    guard case .scalar(let scalar) = item else {
                        throw ConfigurationError(
                            .invalidValue, source: source, key: key,
                            problem: "listor får bara innehålla enkla värden, inte tabeller eller listor.")
                    }
                    items.append(scalar.string)
                }
                set(key, ConfigurationValue(.list(items), source: source))
            case .alias:
                throw ConfigurationError(
                    .malformedYAML, source: source, key: key,
                    problem: "YAML-alias (*namn) används inte i Balans konfiguration; skriv värdet direkt.")
            }
        }
    }

    private mutating func set(_ key: String, _ value: ConfigurationValue) {
        values[key] = value
    }

    private func location(of mark: Mark?) -> String {
        mark.map { "\(file):\($0.line)" } ?? file
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return "rad \(mark.line): \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "nyckeln \(duplicates.joined(separator: ", ")) står två gånger"
        default:
            return "\(error)"
        }
    }
}
