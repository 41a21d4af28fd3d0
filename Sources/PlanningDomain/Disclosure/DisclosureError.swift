/// Why disclosure control refused a release, a ledger entry or a payload. ``message`` is Swedish (operators
/// see it); it names the place and the fix but never a cell's small value or a personal identity number.
public enum DisclosureError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Two cells share a key.
    case duplicateKey(DisclosureCellKey)
    /// A count is negative; counts are never negative and the safety proof relies on it.
    case negativeCount(DisclosureCellKey)
    /// A threshold k below 1.
    case invalidThreshold(DisclosureCellKey, threshold: Int)
    /// A ratio names an input that is missing or is not a count cell.
    case invalidRatioInput(ratio: DisclosureCellKey, input: DisclosureCellKey)
    /// A relation is empty, has a zero coefficient or repeats a key.
    case malformedRelation(index: Int)
    /// A relation names a key that is missing or is a ratio cell.
    case invalidRelationKey(index: Int, key: DisclosureCellKey)
    /// The values do not satisfy a declared relation.
    case relationDoesNotHold(index: Int, firstKey: DisclosureCellKey)
    /// A relation's weighted sum does not fit in `Int`, so it cannot be checked exactly.
    case relationTooLarge(index: Int)
    /// A payload string contains a personal identity or coordination number.
    case personalIdentityNumber(location: String)
    /// A ledger timestamp is not an ISO 8601 date and time.
    case invalidTimestamp(String)

    /// A stable code for logs and APIs, e.g. "disclosure.duplicate_key".
    public var code: String {
        switch self {
        case .duplicateKey: "disclosure.duplicate_key"
        case .negativeCount: "disclosure.negative_count"
        case .invalidThreshold: "disclosure.invalid_threshold"
        case .invalidRatioInput: "disclosure.invalid_ratio_input"
        case .malformedRelation: "disclosure.malformed_relation"
        case .invalidRelationKey: "disclosure.invalid_relation_key"
        case .relationDoesNotHold: "disclosure.relation_does_not_hold"
        case .relationTooLarge: "disclosure.relation_too_large"
        case .personalIdentityNumber: "disclosure.personal_identity_number"
        case .invalidTimestamp: "disclosure.invalid_timestamp"
        }
    }

    /// A Swedish sentence naming the place and the fix.
    public var message: String {
        switch self {
        case let .duplicateKey(key):
            "Cellen \(key) finns två gånger i underlaget. Varje cell ska ha en unik nyckel."
        case let .negativeCount(key):
            "Cellen \(key) har ett negativt antal. Antal kan inte vara negativa; rätta beräkningen av indikatorn."
        case let .invalidThreshold(key, threshold):
            "Cellen \(key) har gränsvärdet k = \(threshold); k måste vara minst 1 (standard är 5)."
        case let .invalidRatioInput(ratio, input):
            "Kvoten \(ratio) bygger på \(input), som saknas eller inte är ett antal. "
                + "Täljare och nämnare måste vara antalsceller i samma underlag."
        case let .malformedRelation(index):
            "Samband nr \(index + 1) är tomt, har en koefficient 0 eller nämner samma cell två gånger."
        case let .invalidRelationKey(index, key):
            "Samband nr \(index + 1) nämner \(key), som saknas eller är en kvot. Samband får bara gälla antal."
        case let .relationDoesNotHold(index, firstKey):
            "Samband nr \(index + 1) (som börjar med \(firstKey)) stämmer inte med värdena. "
                + "Summor och delar måste komma från samma dataunderlag."
        case let .relationTooLarge(index):
            "Samband nr \(index + 1) ger för stora tal för att kontrolleras exakt. Inget publiceras; "
                + "kontrollera koefficienter och värden."
        case let .personalIdentityNumber(location):
            "\(location) innehåller ett personnummer eller samordningsnummer. Inget skickas; "
                + "ta bort personuppgiften ur underlaget."
        case let .invalidTimestamp(text):
            "Tidpunkten \"\(text)\" är inte en ISO 8601-tidpunkt (t.ex. 2025-03-14T09:30:00Z)."
        }
    }

    /// "code: message".
    public var description: String { "\(code): \(message)" }
}
