import PlanningDomain
public import WireProtocol

/// Finds person identifiers in a payload before it leaves a node (and again at the hub): every string value is
/// split into words and each word is tested with ``PlanningDomain/PersonalIdentityNumberDetector``.
public enum PayloadScan {
    /// The JSON path of the first string that holds a personnummer or samordningsnummer, or nil.
    public static func personalIdentifierPath(in value: JSONValue, path: String = "$") -> String? {
        // Nearly every payload holds none: answer that without building a path or sorting a key.
        guard holdsIdentifier(value) else { return nil }
        return firstPath(in: value, path: path)
    }

    private static func holdsIdentifier(_ value: JSONValue) -> Bool {
        switch value {
        case .string(let text): holdsIdentifier(text)
        case .array(let elements): elements.contains(where: holdsIdentifier)
        case .object(let members): members.values.contains(where: holdsIdentifier)
        case .null, .bool, .number: false
        }
    }

    private static func holdsIdentifier(_ text: String) -> Bool {
        // The detector only accepts words of 10 or 12 ASCII digits: a text with fewer in all cannot hold one.
        var digits = 0
        for byte in text.utf8 where byte &- 0x30 < 10 { digits += 1 }
        guard digits >= 10 else { return false }
        let words = text.split { !($0.isNumber || $0 == "-" || $0 == "+") }
        return words.contains(where: { PersonalIdentityNumberDetector.matches($0) })
    }

    private static func firstPath(in value: JSONValue, path: String) -> String? {
        switch value {
        case .string(let text):
            return holdsIdentifier(text) ? path : nil
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = firstPath(in: element, path: "\(path)[\(index)]") { return found }
            }
            return nil
        case .object(let members):
            for key in members.keys.sorted() {
                if let found = firstPath(in: members[key]!, path: "\(path).\(key)") { return found }
            }
            return nil
        case .null, .bool, .number:
            return nil
        }
    }
}
