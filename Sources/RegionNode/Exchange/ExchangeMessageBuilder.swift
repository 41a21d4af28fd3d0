import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport
import WireProtocol

/// Turns an ``ExchangeActionInput`` into the wire message the hub will run, quoting the version of the subject the
/// node last downloaded. New ids are `<region>-<letter>-<12 hex>` (the hub requires the region prefix).
struct ExchangeMessageBuilder {
    /// What an action becomes.
    enum Built {
        /// A message on `exchange-messages`.
        case message(ExchangeMessage)
        /// A delivery figure on `delivery-follow-ups`.
        case delivery(DeliveryFollowUp)
    }

    let region: String
    let user: String
    let at: Date
    let store: NodeStore

    func build(_ input: ExchangeActionInput) throws -> Built {
        let comment = Self.trimmed(input.comment)
        switch input.action {
        case "request", "offer":
            let isRequest = input.action == "request"
            let terms = try postingTerms(input, isRequest: isRequest)
            return .message(
                message(
                    isRequest ? .postRequest : .postOffer, subject: newID(isRequest ? "r" : "o"), posting: terms))
        case "propose":
            let target = try subject(input, among: [.request, .offer], other: true)
            let (first, last) = try weeks(input, default: target)
            return .message(
                message(
                    .propose, subject: newID("p"),
                    proposal: ExchangeProposalTerms(
                        targetKind: target.kind.rawValue, targetID: target.id, count: try count(input),
                        firstWeek: first, lastWeek: last, conditions: Self.trimmed(input.conditions))))
        case "accept-offer":
            let offer = try subject(input, among: [.offer], other: true)
            let explicit = Self.trimmed(input.firstWeek) != nil || Self.trimmed(input.lastWeek) != nil
            let (first, last) = try weeks(input, default: offer)
            return .message(
                message(
                    .acceptOffer, subject: offer.id, version: offer.version,
                    acceptance: ExchangeAcceptanceTerms(
                        agreementID: newID("a"), count: try count(input), firstWeek: explicit ? first : nil,
                        lastWeek: explicit ? last : nil, requestID: Self.trimmed(input.requestID))))
        case "accept-proposal", "decline-proposal":
            let proposal = try subject(input, among: [.proposal], other: false, counterpart: true)
            if input.action == "accept-proposal" {
                return .message(
                    message(
                        .acceptProposal, subject: proposal.id, version: proposal.version,
                        acceptance: ExchangeAcceptanceTerms(agreementID: newID("a"))))
            }
            guard comment != nil else {
                throw Self.invalid("Ange varför förslaget avböjs, så att den andra regionen vet.")
            }
            return .message(
                message(.declineProposal, subject: proposal.id, version: proposal.version, comment: comment))
        case "withdraw", "close":
            let own = try subject(
                input, among: input.action == "withdraw" ? [.request, .offer, .proposal] : [.request, .offer],
                other: false)
            let kind: ExchangeMessageKind =
                switch (input.action, own.kind) {
                case ("withdraw", .request): .withdrawRequest
                case ("withdraw", .offer): .withdrawOffer
                case ("withdraw", _): .withdrawProposal
                case (_, .request): .closeRequest
                default: .closeOffer
                }
            return .message(message(kind, subject: own.id, version: own.version, comment: comment))
        case "complete", "cancel":
            let agreement = try subject(input, among: [.agreement], other: false, party: true)
            if input.action == "cancel", comment == nil {
                throw Self.invalid("Ange varför överenskommelsen avbryts; skälet visas för den andra parten.")
            }
            return .message(
                message(
                    input.action == "cancel" ? .cancelAgreement : .completeAgreement, subject: agreement.id,
                    version: agreement.version, comment: comment))
        case "delivery":
            let agreement = try subject(input, among: [.agreement], other: false)
            guard let week = Self.trimmed(input.week), case .success = ISOWeek.parse(week) else {
                throw Self.invalid("Ange veckan som leveransen gäller, t.ex. 2026-W11.")
            }
            guard let delivered = input.count, delivered >= 0 else {
                throw Self.invalid("Ange hur många som levererades veckan, 0 eller fler.")
            }
            return .delivery(
                DeliveryFollowUp(
                    regionCode: region, agreementID: agreement.id, week: week, delivered: delivered,
                    basedOnVersion: agreement.version, comment: comment, issuedBy: user))
        default:
            throw Self.invalid(
                "Åtgärden \"\(input.action)\" finns inte; välj request, offer, propose, accept-offer, "
                    + "accept-proposal, decline-proposal, withdraw, close, delivery, complete eller cancel.")
        }
    }

    private func message(
        _ kind: ExchangeMessageKind, subject: String, version: Int? = nil, posting: ExchangePostingTerms? = nil,
        proposal: ExchangeProposalTerms? = nil, acceptance: ExchangeAcceptanceTerms? = nil, comment: String? = nil
    ) -> ExchangeMessage {
        ExchangeMessage(
            regionCode: region, messageID: newID("m"), kind: kind, subject: subject, basedOnVersion: version,
            posting: posting, proposal: proposal, acceptance: acceptance, comment: comment, issuedBy: user,
            issuedAt: ISO8601DateFormatter().string(from: at))
    }

    private func postingTerms(_ input: ExchangeActionInput, isRequest: Bool) throws -> ExchangePostingTerms {
        guard let specialty = Self.trimmed(input.specialty) else {
            throw Self.invalid("Ange specialitet (och gärna planeringsobjektgrupp) som det gäller.")
        }
        guard let unit = input.unit, ExchangeUnit(rawValue: unit) != nil else {
            throw Self.invalid("Ange enhet: besök (visits), operationer (operations) eller vårddygn (bedDays).")
        }
        guard let radius = input.radius ?? (isRequest ? nil : "national"), ExchangeRadius(rawValue: radius) != nil
        else { throw Self.invalid("Ange räckvidd: grannregioner, samma sjukvårdsregion eller hela landet.") }
        let priority = isRequest ? (Self.trimmed(input.priority) ?? "normal") : nil
        if let priority, ExchangePriority(rawValue: priority) == nil {
            throw Self.invalid("Prioriteten \"\(priority)\" finns inte; välj hög, normal eller låg.")
        }
        guard let first = Self.trimmed(input.firstWeek), let last = Self.trimmed(input.lastWeek) else {
            throw Self.invalid("Ange första och sista vecka, t.ex. 2026-W10 och 2026-W14.")
        }
        try Self.checkWeeks(first, last)
        return ExchangePostingTerms(
            specialty: specialty, planningObjectGroup: Self.trimmed(input.planningObjectGroup), unit: unit,
            count: try count(input), firstWeek: first, lastWeek: last, priority: priority, radius: radius,
            conditions: Self.trimmed(input.conditions))
    }

    /// The subject as the node last saw it, of one of `kinds`; `other`: another region's, else the region's own
    /// (`counterpart`: addressed to the region; `party`: the region is a party).
    private func subject(
        _ input: ExchangeActionInput, among kinds: [ExchangeStateKind], other: Bool, counterpart: Bool = false,
        party: Bool = false
    ) throws -> ExchangeState {
        guard let id = Self.trimmed(input.subject) else { throw Self.invalid("Ange vilken post åtgärden gäller.") }
        var found: ExchangeState?
        for kind in kinds where found == nil { found = try store.exchangeState(kind, id: id) }
        guard let state = found else {
            throw APIError.notFound(
                "Hittade ingen post med id \(id) i nodens kopia av kapacitetsutbytet; synka och försök igen.")
        }
        let own = state.region == region
        let addressed = state.counterpart == region
        let allowed =
            party ? (own || addressed) : counterpart ? addressed : other ? !own : own
        guard allowed else {
            throw APIError(
                .forbidden, code: "exchange.not_yours",
                message: other
                    ? "\(id) är din egen regions; svara på eller acceptera en annan regions förfrågan eller erbjudande."
                    : "\(id) tillhör en annan region; din region kan bara göra detta med sina egna poster.")
        }
        return state
    }

    private func weeks(_ input: ExchangeActionInput, default target: ExchangeState) throws -> (String, String) {
        let first = Self.trimmed(input.firstWeek) ?? target.firstWeek
        let last = Self.trimmed(input.lastWeek) ?? target.lastWeek
        try Self.checkWeeks(first, last)
        return (first, last)
    }

    private func count(_ input: ExchangeActionInput) throws -> Int {
        guard let count = input.count, count > 0 else {
            throw Self.invalid("Ange volymen som ett positivt heltal (besök, operationer eller vårddygn).")
        }
        return count
    }

    private static func checkWeeks(_ first: String, _ last: String) throws {
        guard case .success(let from) = ISOWeek.parse(first), case .success(let to) = ISOWeek.parse(last) else {
            throw invalid("Veckorna \(first) och \(last) ska skrivas som ISO-veckor, t.ex. 2026-W10.")
        }
        guard from <= to else { throw invalid("Sista veckan (\(last)) ligger före den första (\(first)).") }
    }

    private func newID(_ letter: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let random = String((generator.next() as UInt64) & 0xFFFF_FFFF_FFFF, radix: 16)
        return "\(region)-\(letter)-\(String(repeating: "0", count: max(0, 12 - random.count)))\(random)"
    }

    static func trimmed(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    static func invalid(_ message: String) -> APIError {
        APIError(.unprocessableContent, code: "exchange.invalid", message: message)
    }
}
