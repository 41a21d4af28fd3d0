import PlanningDomain
import Testing
import WireProtocol

/// The exchange streams' payloads: keys, canonical form, and that every message kind is a command the hub's
/// exchange knows (so the wire and the domain cannot drift apart).
@Suite struct ExchangePayloadTests {
    static let request = ExchangeMessage(
        regionCode: "05", messageID: "05-m-1", kind: .postRequest, subject: "05-r-1",
        posting: ExchangePostingTerms(
            specialty: "Ortopedi", planningObjectGroup: "Höftprotes", unit: "operations", count: 40,
            firstWeek: "2026-W10", lastWeek: "2026-W14", priority: "high", radius: "healthcareRegion",
            conditions: "Patienten reser själv"),
        issuedBy: "anna", issuedAt: "2026-03-02T09:00:00+01:00")

    @Test func aMessageIsKeyedByItsRegionAndMessageID() {
        #expect(Self.request.naturalKey.rawValue == "05/exchange-message/05-m-1")
        #expect(Self.request.naturalKey.owner == "05")
    }

    @Test func aDeliveryIsKeyedByAgreementAndWeekSoACorrectionReplacesIt() {
        let first = DeliveryFollowUp(
            regionCode: "06", agreementID: "05-a-1", week: "2026-W11", delivered: 8, basedOnVersion: 1)
        var correction = first
        correction.delivered = 9
        correction.basedOnVersion = 2
        #expect(first.naturalKey.rawValue == "06/delivery/05-a-1/2026-W11")
        #expect(first.naturalKey == correction.naturalKey)
    }

    @Test func theCanonicalFormOmitsAbsentFieldsAndSortsKeys() throws {
        let withdrawal = ExchangeMessage(
            regionCode: "05", messageID: "05-m-2", kind: .withdrawRequest, subject: "05-r-1", basedOnVersion: 3,
            issuedAt: "2026-03-02T10:00:00+01:00")
        let text = String(decoding: try CanonicalJSON.encode(withdrawal), as: UTF8.self)
        #expect(
            text
                == #"{"basedOnVersion":3,"issuedAt":"2026-03-02T10:00:00+01:00","kind":"withdrawRequest","#
                + #""messageID":"05-m-2","regionCode":"05","subject":"05-r-1"}"#)
    }

    @Test func messagesAndStatesSurviveTheWire() throws {
        let state = ExchangeState(
            kind: .agreement, id: "05-a-1", version: 3, status: "delivering", region: "06", counterpart: "05",
            specialty: "Ortopedi", unit: "operations", count: 20, firstWeek: "2026-W10", lastWeek: "2026-W12",
            settled: 8, offerID: "06-o-1", deliveries: [ExchangeDeliveryWeek(week: "2026-W10", delivered: 8)])
        #expect(
            try CanonicalJSON.decode(ExchangeMessage.self, from: CanonicalJSON.encode(Self.request)) == Self.request)
        #expect(try CanonicalJSON.decode(ExchangeState.self, from: CanonicalJSON.encode(state)) == state)
        #expect(state.naturalKey.rawValue == "hub/exchange-agreement/05-a-1")
        #expect(ExchangeState.key(.agreement, id: "05-a-1") == state.naturalKey)
    }

    @Test(arguments: ExchangeMessageKind.allCases)
    func everyMessageKindIsAnExchangeCommandKind(kind: ExchangeMessageKind) {
        let command = ExchangeCommand.Kind(rawValue: kind.rawValue)
        #expect(command != nil)
        #expect(command != .recordDelivery, "deliveries travel on delivery-follow-ups")
        #expect(kind.createsSubject == [.postRequest, .postOffer, .propose].contains(command))
    }

    @Test func everyRegionIssuedCommandHasAWayToTravel() {
        // The agency's only command (cancel) is also a party's; every command kind is reachable from a node.
        let travelling = Set(ExchangeMessageKind.allCases.map(\.rawValue)).union([
            ExchangeCommand.Kind.recordDelivery.rawValue
        ])
        #expect(travelling == Set(ExchangeCommand.Kind.allCases.map(\.rawValue)))
    }

    @Test func stateKindsNameTheirKeys() {
        #expect(
            ExchangeStateKind.allCases.map(\.keyKind) == [
                "exchange-request", "exchange-offer", "exchange-proposal", "exchange-agreement",
            ])
    }
}
