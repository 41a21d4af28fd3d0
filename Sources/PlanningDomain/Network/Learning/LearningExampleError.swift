/// Why a learning example or its workflow refused something. Nothing changes when one is thrown.
///
/// ``swedishMessage`` is for the region users and curators who see it; ``code`` is stable for logs and APIs.
public enum LearningExampleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The command has no user id.
    case missingUser
    /// The timestamp is not an ISO 8601 date and time.
    case invalidTimestamp(String)
    /// The county code is not one of the 21 regions (or the agency tried to own an example).
    case unknownRegion(String)
    /// The id is empty.
    case missingID
    /// The example does not exist or the actor may not see it.
    case notFound(id: String)
    /// The actor's tenant may not do this.
    case notPermitted(id: String, tenant: NetworkTenant, command: LearningExampleCommand.Kind)
    /// The command quoted an older version: someone else changed the example first.
    case staleVersion(id: String, expected: Int, current: Int)
    /// The command is not possible in the current status.
    case notAllowed(id: String, status: LearningExampleStatus, command: LearningExampleCommand.Kind)
    /// The command needs a comment (a reason or the comment text).
    case missingComment(LearningExampleCommand.Kind)
    /// A required field is empty.
    case missingField(LearningExampleContent.Field)
    /// A field is longer than allowed.
    case tooLong(LearningExampleContent.Field, length: Int, limit: Int)
    /// An indicator reference is not a catalogue id.
    case invalidIndicatorID(String)
    /// An attachment name is empty or contains a folder.
    case invalidAttachmentName(String)
    /// Two attachments have the same name.
    case duplicateAttachment(String)
    /// An attachment has no bytes.
    case emptyAttachment(String)
    /// An attachment is larger than the per-file limit.
    case attachmentTooLarge(String, bytes: Int, limit: Int)
    /// The attachments together are larger than the total limit.
    case attachmentsTooLarge(bytes: Int, limit: Int)
    /// There are more attachments than allowed.
    case tooManyAttachments(count: Int, limit: Int)

    /// A stable code for logs and APIs, e.g. "learning.attachment_too_large".
    public var code: String {
        switch self {
        case .missingUser: "learning.missing_user"
        case .invalidTimestamp: "learning.invalid_timestamp"
        case .unknownRegion: "learning.unknown_region"
        case .missingID: "learning.missing_id"
        case .notFound: "learning.not_found"
        case .notPermitted: "learning.not_permitted"
        case .staleVersion: "learning.stale_version"
        case .notAllowed: "learning.not_allowed"
        case .missingComment: "learning.missing_comment"
        case .missingField: "learning.missing_field"
        case .tooLong: "learning.too_long"
        case .invalidIndicatorID: "learning.invalid_indicator_id"
        case .invalidAttachmentName: "learning.invalid_attachment_name"
        case .duplicateAttachment: "learning.duplicate_attachment"
        case .emptyAttachment: "learning.empty_attachment"
        case .attachmentTooLarge: "learning.attachment_too_large"
        case .attachmentsTooLarge: "learning.attachments_too_large"
        case .tooManyAttachments: "learning.too_many_attachments"
        }
    }

    /// A Swedish sentence naming the value, the place and the fix.
    public var swedishMessage: String {
        switch self {
        case .missingUser:
            "Användare saknas. Varje steg i granskningen måste ha en namngiven användare."
        case let .invalidTimestamp(text):
            "Tidpunkten \"\(text)\" är inte en ISO 8601-tidpunkt; ange t.ex. 2025-03-14T09:30:00+01:00."
        case let .unknownRegion(code):
            "\"\(code)\" är inte en av de 21 regionerna; lärande exempel skrivs av en region (t.ex. 05)."
        case .missingID:
            "Id saknas för det lärande exemplet; ange ett id som inte redan används."
        case let .notFound(id):
            "Hittade inget lärande exempel med id \(id) som din organisation har åtkomst till."
        case let .notPermitted(id, tenant, command):
            "\(tenant.swedishName) får inte \(command.swedishName) exemplet \(id); det får bara "
                + Self.whoMay(command) + "."
        case let .staleVersion(id, expected, current):
            "Exemplet \(id) har ändrats av någon annan (du såg version \(expected), nu är den version \(current)). "
                + "Läs in det igen och försök på nytt."
        case let .notAllowed(id, status, command):
            "Exemplet \(id) är \(status.swedishName) och går inte att \(command.swedishName). " + Self.hint(status)
        case let .missingComment(command):
            "Skriv en kommentar för att \(command.swedishName) exemplet, så att mottagaren vet vad som gäller."
        case let .missingField(field):
            "Fältet \"\(field.swedishName)\" är tomt; fyll i det innan exemplet skickas in."
        case let .tooLong(field, length, limit):
            "Fältet \"\(field.swedishName)\" har \(length) tecken; korta det till högst \(limit)."
        case let .invalidIndicatorID(id):
            "\"\(id)\" är inte ett indikator-id ur katalogen (små bokstäver, siffror, _ - .), t.ex. waiting_over_90."
        case let .invalidAttachmentName(name):
            "Bilagenamnet \"\(name)\" går inte att använda; ange ett filnamn utan mappar."
        case let .duplicateAttachment(name):
            "Det finns redan en bilaga som heter \"\(name)\"; byt namn på den ena."
        case let .emptyAttachment(name):
            "Bilagan \"\(name)\" är tom; bifoga filen på nytt."
        case let .attachmentTooLarge(name, bytes, limit):
            "Bilagan \"\(name)\" är \(Self.mebibytes(bytes)), mer än gränsen \(Self.mebibytes(limit)) per fil; "
                + "komprimera eller dela upp den."
        case let .attachmentsTooLarge(bytes, limit):
            "Bilagorna är tillsammans \(Self.mebibytes(bytes)), mer än gränsen \(Self.mebibytes(limit)); "
                + "ta bort eller komprimera någon."
        case let .tooManyAttachments(count, limit):
            "Exemplet har \(count) bilagor; högst \(limit) är tillåtna."
        }
    }

    /// The Swedish ``swedishMessage``.
    public var description: String { swedishMessage }

    private static func mebibytes(_ bytes: Int) -> String {
        PlanText.number(Double(bytes) / (1024 * 1024), decimals: 1) + " MiB"
    }

    private static func whoMay(_ command: LearningExampleCommand.Kind) -> String {
        switch command {
        case .edit, .submit, .reopen: "regionen som äger exemplet"
        case .comment: "regionen som äger exemplet och Socialstyrelsen"
        case .requestChanges, .publish, .reject: "Socialstyrelsen"
        }
    }

    private static func hint(_ status: LearningExampleStatus) -> String {
        switch status {
        case .draft, .changesRequested: "Ändra och skicka in det först."
        case .submitted: "Vänta på Socialstyrelsens granskning."
        case .published, .rejected: "Öppna det för en ny revision för att ändra det."
        }
    }
}
