/// Why a network meeting could not be recorded.
public enum NetworkMeetingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No user id.
    case missingUser
    /// The timestamp is not an ISO 8601 date and time.
    case invalidTimestamp(String)
    /// Only the agency records meetings.
    case notPermitted(NetworkTenant)
    /// The id is empty.
    case missingID
    /// The title is empty.
    case missingTitle
    /// No theme was given.
    case missingTheme

    /// A stable code, e.g. "meeting.missing_theme".
    public var code: String {
        switch self {
        case .missingUser: "meeting.missing_user"
        case .invalidTimestamp: "meeting.invalid_timestamp"
        case .notPermitted: "meeting.not_permitted"
        case .missingID: "meeting.missing_id"
        case .missingTitle: "meeting.missing_title"
        case .missingTheme: "meeting.missing_theme"
        }
    }

    /// A Swedish sentence naming the problem and the fix.
    public var swedishMessage: String {
        switch self {
        case .missingUser: "Användare saknas; ange vem som registrerar nätverksträffen."
        case let .invalidTimestamp(text):
            "Tidpunkten \"\(text)\" är inte en ISO 8601-tidpunkt; ange t.ex. 2025-03-14T09:30:00+01:00."
        case let .notPermitted(tenant):
            "\(tenant.swedishName) får inte registrera nätverksträffar; det gör Socialstyrelsen."
        case .missingID: "Id saknas för nätverksträffen; ange ett id som inte redan används."
        case .missingTitle: "Rubrik saknas; ange vad nätverksträffen handlade om."
        case .missingTheme: "Ange minst ett tema som togs upp på nätverksträffen."
        }
    }

    /// The Swedish ``swedishMessage``.
    public var description: String { swedishMessage }
}
