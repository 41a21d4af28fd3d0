/// What the hub did with one submitted item: the per-item line of a batch receipt.
public struct ItemOutcome: Sendable, Hashable, Codable {
    /// What happened.
    public enum Status: String, Sendable, Hashable, Codable {
        /// A new value was stored.
        case imported
        /// An existing value (same natural key) was replaced by a different one.
        case updated
        /// The same value (same natural key and content hash) was already stored: nothing changed.
        case ignored
        /// Refused; see ``ItemOutcome/reason``.
        case rejected
    }

    /// The item's position in the batch, from 0.
    public var index: Int
    /// The item's natural key as text.
    public var key: String
    /// What happened.
    public var status: Status
    /// Why it was rejected, when it was.
    public var reason: RejectionReason?

    /// Creates an outcome.
    public init(index: Int, key: String, status: Status, reason: RejectionReason? = nil) {
        self.index = index
        self.key = key
        self.status = status
        self.reason = reason
    }

    /// Why an item was refused; the raw value is the stable reason code in receipts.
    public enum RejectionReason: String, Sendable, Hashable, Codable, CaseIterable {
        /// The item's region is not the caller's tenant (the tenant always comes from the credential).
        case tenantMismatch = "tenant_mismatch"
        /// The indicator id is not in any published catalogue.
        case unknownIndicator = "unknown_indicator"
        /// The indicator exists, but not at this definition version.
        case unknownDefinitionVersion = "unknown_definition_version"
        /// The period is neither "YYYY-Www" nor "YYYY-MM".
        case unknownPeriod = "unknown_period"
        /// The definition is not computed for this period type (e.g. months only).
        case periodTypeNotDefined = "period_type_not_defined"
        /// The group is empty or too long.
        case invalidGroup = "invalid_group"
        /// The parts are missing, negative, not finite, or a rate/count mismatch with the definition.
        case invalidValue = "invalid_value"
        /// A person-based count (numerator or denominator) of 1…k−1 that is not marked suppressed.
        case smallCell = "small_cell"
        /// A text field contains something shaped like a personnummer or samordningsnummer.
        case personIdentifier = "person_identifier"
        /// Another item of the batch broke a disclosure rule, so the whole batch was refused.
        case batchRefused = "batch_refused"

        /// Whether the reason refuses the whole batch: a node that sends an unprotected small cell or a person
        /// identifier has a broken disclosure control, and nothing it sent in that batch is kept.
        public var refusesBatch: Bool { self == .smallCell || self == .personIdentifier }

        /// A Swedish sentence for the receipt.
        public var swedishMessage: String {
            switch self {
            case .tenantMismatch:
                "Värdet gäller en annan region än nyckelns; en nod skickar bara sin egen regions värden."
            case .unknownIndicator:
                "Indikatorn finns inte i någon publicerad version av katalogen; hämta katalogen på nytt."
            case .unknownDefinitionVersion:
                "Indikatorn finns inte i den här definitionsversionen; räkna om med katalogens aktuella version."
            case .unknownPeriod: "Perioden är varken en ISO-vecka (2025-W07) eller en månad (2025-03)."
            case .periodTypeNotDefined: "Indikatorn beräknas inte för den här periodtypen enligt katalogen."
            case .invalidGroup: "Gruppen saknas eller är längre än 200 tecken."
            case .invalidValue:
                "Värdet saknas, är negativt eller inte ett tal, eller stämmer inte med definitionen (kvot eller antal)."
            case .smallCell:
                "Ett personbaserat antal under röjandegränsen är inte markerat som skyddat; hela batchen avvisades."
            case .personIdentifier: "Texten innehåller något som liknar ett personnummer; hela batchen avvisades."
            case .batchRefused: "Batchen avvisades eftersom en annan rad bröt mot röjandeskyddet; inget sparades."
            }
        }
    }
}
