import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

/// The exchange streams' wire → command mapping, the validator's exchange cases and the ingest's carry-out step.
@Suite struct ExchangeSyncCommandTests {
    static let validator = HubItemValidator.standard(catalogue: [])

    static func message(
        _ kind: ExchangeMessageKind, subject: String, version: Int? = nil, region: String = "05",
        posting: ExchangePostingTerms? = nil, proposal: ExchangeProposalTerms? = nil,
        acceptance: ExchangeAcceptanceTerms? = nil, comment: String? = nil
    ) -> ExchangeMessage {
        ExchangeMessage(
            regionCode: region, messageID: "\(region)-m-\(kind.rawValue)", kind: kind, subject: subject,
            basedOnVersion: version, posting: posting, proposal: proposal, acceptance: acceptance, comment: comment,
            issuedAt: "2026-03-02T09:00:00+01:00")
    }

    static let terms = ExchangePostingTerms(
        specialty: "Ortopedi", unit: "operations", count: 40, firstWeek: "2026-W10", lastWeek: "2026-W14",
        radius: "national")

    static func item(_ message: ExchangeMessage, sequence: Int64 = 1) -> UploadItem {
        try! UploadItem(sequence: sequence, key: message.naturalKey, typedPayload: message)
    }

    @Test func aPostedRequestBecomesTheDomainsRequestOwnedByTheAuthenticatedRegion() throws {
        let message = Self.message(.postRequest, subject: "05-r-1", posting: Self.terms)
        let action = try ExchangeSyncCommand.action(of: message, region: "05").get()
        guard case .postRequest(let request) = action else { Issue.record("not a request: \(action)"); return }
        #expect(request.id == "05-r-1")
        #expect(request.region == "05")
        #expect(request.volume == ExchangeVolume(40, .operations))
        #expect(request.period.weekCount == 5)
        #expect(request.priority == .normal)
    }

    @Test func everyCommandOnAnExistingThingMustQuoteAVersion() {
        let kinds = ExchangeMessageKind.allCases.filter { !$0.createsSubject }
        for kind in kinds {
            let message = Self.message(
                kind, subject: "06-x-1", acceptance: ExchangeAcceptanceTerms(agreementID: "05-a-1", count: 1))
            let rejection = ExchangeSyncCommand.action(of: message, region: "05").refusal
            #expect(rejection?.reason == .invalidPayload, "\(kind)")
            #expect(rejection?.message.contains("basedOnVersion") == true, "\(kind)")
        }
    }

    @Test func newIDsMustCarryTheSendersRegionCode() {
        let squatting = Self.message(.postOffer, subject: "06-o-1", posting: Self.terms)
        #expect(ExchangeSyncCommand.action(of: squatting, region: "05").refusal?.reason == .invalidPayload)
        let foreignAgreement = Self.message(
            .acceptOffer, subject: "06-o-1", version: 1,
            acceptance: ExchangeAcceptanceTerms(agreementID: "a-1", count: 5))
        #expect(ExchangeSyncCommand.action(of: foreignAgreement, region: "05").refusal?.reason == .invalidPayload)
    }

    @Test(arguments: [
        ExchangePostingTerms(
            specialty: "Ortopedi", unit: "patients", count: 4, firstWeek: "2026-W10", lastWeek: "2026-W14",
            radius: "national"),
        ExchangePostingTerms(
            specialty: "Ortopedi", unit: "visits", count: 4, firstWeek: "2026-W14", lastWeek: "2026-W10",
            radius: "national"),
        ExchangePostingTerms(
            specialty: "Ortopedi", unit: "visits", count: 4, firstWeek: "v10", lastWeek: "2026-W14",
            radius: "national"),
        ExchangePostingTerms(
            specialty: "Ortopedi", unit: "visits", count: 4, firstWeek: "2026-W10", lastWeek: "2026-W14",
            radius: "everywhere"),
    ])
    func malformedTermsAreRejectedAsInvalidPayload(terms: ExchangePostingTerms) {
        let message = Self.message(.postRequest, subject: "05-r-1", posting: terms)
        #expect(ExchangeSyncCommand.action(of: message, region: "05").refusal?.reason == .invalidPayload)
    }

    @Test func aDeliveryBecomesRecordDeliveryForItsWeek() throws {
        let followUp = DeliveryFollowUp(
            regionCode: "06", agreementID: "05-a-1", week: "2026-W11", delivered: 8, basedOnVersion: 2)
        let action = try ExchangeSyncCommand.action(of: followUp).get()
        #expect(action == .recordDelivery("05-a-1", expectedVersion: 2, week: ISOWeek(year: 2026, week: 11)!, count: 8))
        var negative = followUp
        negative.delivered = -1
        #expect(ExchangeSyncCommand.action(of: negative).refusal?.reason == .invalidPayload)
    }

    @Test func aStaleVersionIsItsOwnReasonAndOtherRefusalsCarryTheExchangesMessage() {
        let stale = ExchangeSyncCommand.rejection(for: .staleVersion(.offer, id: "06-o-1", expected: 1, current: 2))
        #expect(stale.reason == .staleExchangeVersion)
        #expect(stale.message.contains("version 2"))
        let refused = ExchangeSyncCommand.rejection(for: .ownPosting(.offer, id: "05-o-1"))
        #expect(refused.reason == .exchangeRefused)
        #expect(refused.message.contains("exchange.own_posting"))
    }

    @Test func theValidatorRejectsAMessageUnderAnotherKeyOrFromAnotherRegion() {
        let message = Self.message(.postRequest, subject: "05-r-1", posting: Self.terms)
        #expect(Self.validator(.exchangeMessages, Self.item(message), "05") == nil)
        #expect(Self.validator(.exchangeMessages, Self.item(message), "06")?.reason == .invalidPayload)
        let moved = try! UploadItem(
            sequence: 1, key: NaturalKey(owner: "05", kind: "exchange-message", parts: ["other"]),
            typedPayload: message)
        #expect(Self.validator(.exchangeMessages, moved, "05")?.reason == .invalidPayload)
    }

    @Test func theValidatorRejectsAPersonnummerInAComment() {
        let message = Self.message(
            .declineProposal, subject: "06-p-1", version: 1, comment: "Gäller 19121212-1212, kan inte ta emot")
        #expect(Self.validator(.exchangeMessages, Self.item(message), "05")?.reason == .personalIdentifier)
    }

    @Test func aRefusedCarryOutRejectsTheItemAndARepeatedItemIsNotCarriedOutAgain() {
        let ingest = HubIngest(acceptedCatalogueVersions: [], validator: Self.validator)
        var store = ScriptedDomainStore()
        store.refusal = { $0.key.segments.last == "refuse" ? ItemRejection(.staleExchangeVersion, "nej") : nil }
        var refused = Self.message(.postRequest, subject: "05-r-2", posting: Self.terms)
        refused.messageID = "refuse"
        let accepted = Self.message(.postRequest, subject: "05-r-1", posting: Self.terms)
        let first = UploadBatch(
            batchID: "b1", stream: .exchangeMessages, after: 0,
            items: [Self.item(accepted, sequence: 1), Self.item(refused, sequence: 2)])
        guard
            case .receipt(let receipt, _) = ingest.ingest(
                first, bodySHA256: "1", region: "05", pathStream: .exchangeMessages, into: &store)
        else { Issue.record("no receipt"); return }
        #expect(receipt.items.map(\.outcome) == [.imported, .rejected])
        #expect(receipt.items[1].reason == .staleExchangeVersion)
        #expect(store.record(region: "05", stream: .exchangeMessages, key: refused.naturalKey) == nil)
        // The same accepted message again, in a new batch: unchanged, not carried out a second time.
        let again = UploadBatch(
            batchID: "b2", stream: .exchangeMessages, after: 2, items: [Self.item(accepted, sequence: 3)])
        _ = ingest.ingest(again, bodySHA256: "2", region: "05", pathStream: .exchangeMessages, into: &store)
        #expect(store.offered == [accepted.naturalKey, refused.naturalKey])
    }
}

extension Result {
    fileprivate var refusal: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
