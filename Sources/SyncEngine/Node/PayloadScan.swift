import PlanningDomain
public import WireProtocol

/// Finds person identifiers in a payload before it leaves a node (and again at the hub): every string value is
/// split into words and each word is tested with ``PlanningDomain/PersonalIdentityNumberDetector``.
public enum PayloadScan {
    /// The JSON path of the first string that holds a personnummer or samordningsnummer, or nil.
    public static func personalIdentifierPath(in value: JSONValue, path: String = "$") -> String? {
        switch value {
        case .string(let text):
            let words = text.split { !($0.isNumber || $0 == "-" || $0 == "+") }
            return words.contains(where: { PersonalIdentityNumberDetector.matches($0) }) ? path : nil
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = personalIdentifierPath(in: element, path: "\(path)[\(index)]") { return found }
            }
            return nil
        case .object(let members):
            for key in members.keys.sorted() {
                if let found = personalIdentifierPath(in: members[key]!, path: "\(path).\(key)") { return found }
            }
            return nil
        case .null, .bool, .number:
            return nil
        }
    }
}
