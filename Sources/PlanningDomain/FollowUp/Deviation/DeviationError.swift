/// Why the deviation register refused an event. ``message`` is Swedish, for planners.
public enum DeviationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No item has the id.
    case unknownItem(String)
    /// An item with the id already exists.
    case duplicateItem(String)
    /// The opening names a unit that is not in the organisation tree.
    case unknownUnit(String)
    /// The opening has no reason.
    case noReason(String)
    /// A required text (cause, action, owner, author, id, note) is empty.
    case missingText(id: String, field: String)
    /// The timestamp is not an ISO 8601 date and time.
    case invalidTimestamp(String)
    /// The item must be commented before it is resolved.
    case commentRequired(String)
    /// The event does not apply in the item's status.
    case notAllowed(id: String, status: DeviationStatus, event: String)
    /// The week is earlier than the register's current week.
    case weekWentBackwards(current: ISOWeek, given: ISOWeek)
    /// A setting is below its minimum.
    case invalidSetting(name: String, value: Int, minimum: Int)

    /// A stable code for logs and APIs, e.g. "deviation.comment_required".
    public var code: String {
        switch self {
        case .unknownItem: "deviation.unknown_item"
        case .duplicateItem: "deviation.duplicate_item"
        case .unknownUnit: "deviation.unknown_unit"
        case .noReason: "deviation.no_reason"
        case .missingText: "deviation.missing_text"
        case .invalidTimestamp: "deviation.invalid_timestamp"
        case .commentRequired: "deviation.comment_required"
        case .notAllowed: "deviation.not_allowed"
        case .weekWentBackwards: "deviation.week_went_backwards"
        case .invalidSetting: "deviation.invalid_setting"
        }
    }

    /// A Swedish sentence naming the item, the state and the fix.
    public var message: String {
        switch self {
        case let .unknownItem(id): "Avvikelsen \(id) finns inte."
        case let .duplicateItem(id): "Avvikelsen \(id) finns redan; välj ett annat id eller kommentera den befintliga."
        case let .unknownUnit(code): "Enheten \(code) finns inte i organisationsträdet."
        case let .noReason(id): "Avvikelsen \(id) saknar skäl; en avvikelse öppnas av en regel eller en särskild orsak."
        case let .missingText(id, field): "Fyll i \(field) för avvikelsen \(id)."
        case let .invalidTimestamp(text):
            "Tidpunkten \"\(text)\" är inte en ISO 8601-tidpunkt; ange t.ex. 2025-03-14T09:30:00+01:00."
        case let .commentRequired(id):
            "Avvikelsen \(id) måste kommenteras (orsak, åtgärd, ansvarig) innan den kan markeras som åtgärdad."
        case let .notAllowed(id, status, event):
            "Avvikelsen \(id) är \(status.swedishName) och kan inte \(event)."
                + (status == .resolved ? " Återöppna den först." : "")
        case let .weekWentBackwards(current, given):
            "Veckan \(given) ligger före registrets aktuella vecka \(current); veckorna kan bara gå framåt."
        case let .invalidSetting(name, value, minimum):
            "Inställningen \(name) är \(value) men måste vara minst \(minimum)."
        }
    }

    /// The Swedish ``message``.
    public var description: String { message }
}
