import PlanningDomain
import WebUI
import WireProtocol

/// Swedish words for the exchange's wire values (the domain's own labels where it has them).
enum ExchangeLabels {
    static func kind(_ kind: ExchangeStateKind) -> String {
        switch kind {
        case .request: "Förfrågan"
        case .offer: "Erbjudande"
        case .proposal: "Förslag"
        case .agreement: "Överenskommelse"
        }
    }

    /// "Region Östergötland (05)".
    static func region(_ code: String) -> String {
        SwedishRegion.withCode(code).map { "\($0.name) (\(code))" } ?? code
    }

    static func care(_ state: ExchangeState) -> String {
        CapacityGroup(specialty: state.specialty, planningObjectGroup: state.planningObjectGroup).description
    }

    static func unit(_ raw: String) -> String { ExchangeUnit(rawValue: raw)?.swedishName ?? raw }

    static func priority(_ raw: String) -> String { ExchangePriority(rawValue: raw)?.swedishName ?? raw }

    static func radius(_ raw: String) -> String { ExchangeRadius(rawValue: raw)?.swedishName ?? raw }

    /// "2026-W10–2026-W14".
    static func weeks(_ state: ExchangeState) -> String {
        state.firstWeek == state.lastWeek ? state.firstWeek : "\(state.firstWeek)–\(state.lastWeek)"
    }

    /// The status in Swedish, as a badge: live and delivering are positive, ended ones neutral, refusals negative.
    static func status(_ state: ExchangeState) -> StatusBadge {
        let raw = state.status
        let text: String
        switch state.kind {
        case .request, .offer: text = PostingStatus(rawValue: raw)?.swedishName ?? raw
        case .proposal: text = ProposalStatus(rawValue: raw)?.swedishName ?? raw
        case .agreement: text = AgreementStatus(rawValue: raw)?.swedishName ?? raw
        }
        let tone: StatusBadge.Tone =
            switch raw {
            case "open", "partiallyMatched", "proposed", "agreed", "delivering": .info
            case "matched", "accepted", "completed": .positive
            case "declined", "cancelled": .negative
            default: .neutral
            }
        return StatusBadge(text, tone: tone)
    }

    /// The action's Swedish name (a message kind or `recordDelivery`).
    static func action(_ kind: String) -> String {
        switch kind {
        case "postRequest": "Ny förfrågan"
        case "postOffer": "Nytt erbjudande"
        case "withdrawRequest": "Återkalla förfrågan"
        case "closeRequest": "Stäng förfrågan"
        case "withdrawOffer": "Återkalla erbjudande"
        case "closeOffer": "Stäng erbjudande"
        case "propose": "Förslag"
        case "acceptProposal": "Acceptera förslag"
        case "declineProposal": "Avböj förslag"
        case "withdrawProposal": "Återkalla förslag"
        case "acceptOffer": "Acceptera erbjudande"
        case "completeAgreement": "Avsluta överenskommelse"
        case "cancelAgreement": "Avbryt överenskommelse"
        case "recordDelivery": "Leveransrapport"
        default: kind
        }
    }
}
