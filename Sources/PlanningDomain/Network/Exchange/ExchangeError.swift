/// Why the capacity exchange refused a command. Nothing changes when one is thrown.
///
/// ``swedishMessage`` is for the region users and curators who see it; ``code`` is stable for logs and for
/// mapping to HTTP statuses (``notFound`` → 404, ``notPermitted`` → 403, ``staleVersion`` → 409, others → 422).
/// A thing the actor may not see is reported as ``notFound``, so that refusals never reveal what exists.
public enum ExchangeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The command has no user id.
    case missingUser
    /// The timestamp is not an ISO 8601 date and time.
    case invalidTimestamp(String)
    /// The county code is not one of the 21 regions.
    case unknownRegion(String)
    /// The id is empty.
    case missingID(ExchangeEntity)
    /// The id is already used.
    case duplicateID(ExchangeEntity, id: String)
    /// Nothing with that id exists, or the actor may not see it.
    case notFound(ExchangeEntity, id: String)
    /// The command quoted an older version than the current one: someone else changed it first.
    case staleVersion(ExchangeEntity, id: String, expected: Int, current: Int)
    /// The command is not possible in the current status (given as its Swedish label).
    case notAllowed(ExchangeEntity, id: String, status: String, command: ExchangeCommand.Kind)
    /// The actor's tenant may not issue this command on this thing.
    case notPermitted(ExchangeEntity, id: String, tenant: NetworkTenant, command: ExchangeCommand.Kind)
    /// A region tried to answer or accept its own posting.
    case ownPosting(ExchangeEntity, id: String)
    /// A volume must be a positive whole number.
    case invalidCount(Int)
    /// The specialty is empty.
    case missingSpecialty
    /// More than what is left was asked for.
    case exceedsRemaining(ExchangeEntity, id: String, count: Int, remaining: Int)
    /// The weeks asked for lie outside the posting's period.
    case periodOutside(ExchangeEntity, id: String, period: WeekRange, allowed: WeekRange)
    /// Two postings that were to be linked differ in specialty, planning-object group or unit.
    case incompatible(ExchangeEntity, id: String, with: ExchangeEntity, otherID: String)
    /// A reason (the command's comment) is required.
    case missingReason(ExchangeCommand.Kind)
    /// A delivery was reported for a week outside the agreement's period.
    case weekOutsidePeriod(agreement: String, week: ISOWeek, period: WeekRange)
    /// A delivery figure was negative.
    case negativeDelivery(agreement: String, week: ISOWeek, count: Int)
    /// The deliveries would exceed the agreed volume.
    case overDelivery(agreement: String, week: ISOWeek, total: Int, agreed: Int)

    /// A stable code for logs and APIs, e.g. "exchange.stale_version".
    public var code: String {
        switch self {
        case .missingUser: "exchange.missing_user"
        case .invalidTimestamp: "exchange.invalid_timestamp"
        case .unknownRegion: "exchange.unknown_region"
        case .missingID: "exchange.missing_id"
        case .duplicateID: "exchange.duplicate_id"
        case .notFound: "exchange.not_found"
        case .staleVersion: "exchange.stale_version"
        case .notAllowed: "exchange.not_allowed"
        case .notPermitted: "exchange.not_permitted"
        case .ownPosting: "exchange.own_posting"
        case .invalidCount: "exchange.invalid_count"
        case .missingSpecialty: "exchange.missing_specialty"
        case .exceedsRemaining: "exchange.exceeds_remaining"
        case .periodOutside: "exchange.period_outside"
        case .incompatible: "exchange.incompatible"
        case .missingReason: "exchange.missing_reason"
        case .weekOutsidePeriod: "exchange.week_outside_period"
        case .negativeDelivery: "exchange.negative_delivery"
        case .overDelivery: "exchange.over_delivery"
        }
    }

    /// A Swedish sentence naming the value, the place and the fix.
    public var swedishMessage: String {
        switch self {
        case .missingUser:
            "Användare saknas. Varje steg i kapacitetsutbytet måste ha en namngiven användare."
        case let .invalidTimestamp(text):
            "Tidpunkten \"\(text)\" är inte en ISO 8601-tidpunkt; ange t.ex. 2025-03-14T09:30:00+01:00."
        case let .unknownRegion(code):
            "Länskoden \"\(code)\" hör inte till någon av de 21 regionerna; ange en tvåsiffrig kod, t.ex. 05."
        case let .missingID(entity):
            "Id saknas för \(entity.swedishName); ange ett id som inte redan används."
        case let .duplicateID(entity, id):
            "Det finns redan \(Self.indefinite(entity)) med id \(id); välj ett annat id."
        case let .notFound(entity, id):
            "Hittade ingen \(Self.noun(entity)) med id \(id) som din region har åtkomst till."
        case let .staleVersion(entity, id, expected, current):
            "\(Self.capitalised(entity.swedishName)) \(id) har ändrats av någon annan (du såg version \(expected), "
                + "nu är den version \(current)). Läs in den igen och försök på nytt."
        case let .notAllowed(entity, id, status, command):
            "\(Self.capitalised(entity.swedishName)) \(id) är \(status) och går inte att \(command.swedishName)."
        case let .notPermitted(entity, id, tenant, command):
            "\(tenant.swedishName) får inte \(command.swedishName) \(entity.swedishName) \(id); "
                + "det får bara \(Self.whoMay(command))."
        case let .ownPosting(entity, id):
            "\(Self.capitalised(entity.swedishName)) \(id) är din egen region; svara på eller acceptera "
                + "en annan regions förfrågan eller erbjudande."
        case let .invalidCount(count):
            "Volymen \(count) går inte att använda; ange ett positivt heltal besök, operationer eller vårddygn."
        case .missingSpecialty:
            "Specialitet saknas; ange vilken specialitet (och gärna planeringsobjektgrupp) det gäller."
        case let .exceedsRemaining(entity, id, count, remaining):
            "\(count) är mer än vad som återstår av \(entity.swedishName) \(id) (\(remaining)); "
                + "ange högst \(remaining)."
        case let .periodOutside(entity, id, period, allowed):
            "Veckorna \(period) ligger utanför perioden för \(entity.swedishName) \(id) (\(allowed)); "
                + "välj veckor inom den."
        case let .incompatible(entity, id, other, otherID):
            "\(Self.capitalised(entity.swedishName)) \(id) gäller inte samma specialitet, planeringsobjektgrupp "
                + "och enhet som \(other.swedishName) \(otherID); koppla ihop poster som avser samma vård."
        case let .missingReason(command):
            "Ange ett skäl för att \(command.swedishName), så att den andra parten vet varför."
        case let .weekOutsidePeriod(agreement, week, period):
            "Vecka \(week) ligger utanför överenskommelsen \(agreement) (\(period)); rapportera leveranser "
                + "för veckor inom perioden."
        case let .negativeDelivery(agreement, week, count):
            "Leveransen \(count) för vecka \(week) i överenskommelsen \(agreement) är negativ; ange 0 eller mer."
        case let .overDelivery(agreement, week, total, agreed):
            "Med leveransen för vecka \(week) blir det totalt \(total), mer än de \(agreed) som "
                + "överenskommelsen \(agreement) gäller. Rätta siffran eller gör en ny överenskommelse för mer."
        }
    }

    /// The Swedish ``swedishMessage``.
    public var description: String { swedishMessage }

    private static func noun(_ entity: ExchangeEntity) -> String {
        switch entity {
        case .request: "kapacitetsförfrågan"
        case .offer: "kapacitetserbjudande"
        case .proposal: "förslag"
        case .agreement: "överenskommelse"
        }
    }

    private static func indefinite(_ entity: ExchangeEntity) -> String {
        switch entity {
        case .request: "en kapacitetsförfrågan"
        case .offer: "ett kapacitetserbjudande"
        case .proposal: "ett förslag"
        case .agreement: "en överenskommelse"
        }
    }

    private static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    private static func whoMay(_ command: ExchangeCommand.Kind) -> String {
        switch command {
        case .postRequest, .postOffer: "regionen själv, för egen räkning"
        case .withdrawRequest, .closeRequest, .withdrawOffer, .closeOffer: "regionen som publicerade den"
        case .propose, .acceptOffer: "andra regioner inom räckvidden"
        case .acceptProposal, .declineProposal: "regionen som förslaget riktar sig till"
        case .withdrawProposal: "regionen som lämnade förslaget"
        case .recordDelivery: "regionen som utför vården"
        case .completeAgreement: "parterna i överenskommelsen"
        case .cancelAgreement: "parterna i överenskommelsen och Socialstyrelsen"
        }
    }
}
