import Foundation
import HubStore
import Hummingbird
import PlanningDomain

/// Body of `POST exchange/requests`.
struct PostRequestBody: Decodable {
    var id: String?
    var group: CapacityGroup
    var volume: ExchangeVolume
    var period: WeekRange
    var priority: ExchangePriority?
    var radius: ExchangeRadius
    var conditions: String?
}

/// Body of `POST exchange/offers`.
struct PostOfferBody: Decodable {
    var id: String?
    var group: CapacityGroup
    var volume: ExchangeVolume
    var period: WeekRange
    var radius: ExchangeRadius?
    var conditions: String?
}

/// Body of `POST exchange/proposals`.
struct ProposeBody: Decodable {
    struct Target: Decodable {
        var kind: ExchangeEntity
        var id: String
    }

    var id: String?
    var target: Target
    var linked: String?
    var count: Int
    var period: WeekRange
    var conditions: String?
}

/// Body of every command on an existing thing: the version the caller saw, and why.
struct VersionedCommandBody: Decodable {
    var expectedVersion: Int
    var comment: String?
    var agreement: String?
}

/// Body of `POST exchange/offers/{id}/accept`.
struct AcceptOfferBody: Decodable {
    var expectedVersion: Int
    var count: Int
    var period: WeekRange?
    var request: String?
    var agreement: String?
    var comment: String?
}

/// Body of `POST exchange/agreements/{id}/deliveries`.
struct DeliveryBody: Decodable {
    var expectedVersion: Int
    var week: ISOWeek
    var count: Int
    var comment: String?
}

/// What a command changed, as the caller may now see it.
struct ExchangeCommandResponse: ResponseEncodable {
    var request: CapacityRequest?
    var offer: CapacityOffer?
    var proposal: CapacityProposal?
    var agreement: AgreementView?
    var effects: [String]
}

/// An agreement with its follow-up (delivered against the even weekly plan) as of the current week.
struct AgreementView: ResponseEncodable {
    struct FollowUp: Codable {
        var asOf: String
        var agreed: Int
        var delivered: Int
        var remaining: Int
        var shareDelivered: Double
        var plannedToDate: Int
        var deliveredToDate: Int
        var behindPlan: Int
    }

    var agreement: CapacityAgreement
    var followUp: FollowUp

    init(_ agreement: CapacityAgreement, asOf week: ISOWeek) {
        self.agreement = agreement
        let followUp = AgreementFollowUp(agreement, asOf: week)
        self.followUp = FollowUp(
            asOf: week.description, agreed: followUp.agreed, delivered: followUp.delivered,
            remaining: followUp.remaining, shareDelivered: followUp.shareDelivered,
            plannedToDate: followUp.plannedToDate, deliveredToDate: followUp.deliveredToDate,
            behindPlan: followUp.behindPlan)
    }
}

/// Lists.
struct RequestList: ResponseEncodable { var requests: [CapacityRequest] }
/// Lists.
struct OfferList: ResponseEncodable { var offers: [CapacityOffer] }
/// Lists.
struct ProposalList: ResponseEncodable { var proposals: [CapacityProposal] }
/// Lists.
struct AgreementList: ResponseEncodable { var agreements: [AgreementView] }
/// Ranked matches.
struct MatchList: ResponseEncodable { var matches: [ExchangeMatch] }

/// Ids the hub chooses when the caller gives none, and the current ISO week.
enum HubIDs {
    static func make(_ prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let hex = String(generator.next() as UInt64, radix: 16)
        return prefix + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func week(of date: Date) -> ISOWeek {
        ISOWeek(containing: CivilDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down))))
    }
}
