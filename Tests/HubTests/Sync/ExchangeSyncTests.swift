import Credentials
import Foundation
import GRDB
import Hub
import HubClient
import HubStore
import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

/// The capacity exchange over sync at the hub: signed batches on `exchange-messages` and `delivery-follow-ups`
/// run as exchange commands in the batch's transaction, refusals come back in the receipt, and every change is
/// on `exchange-state` for exactly the regions that may see it.
@Suite("Hub exchange over sync")
struct ExchangeSyncTests {
    let store: HubStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18, ISO week 2026-W47
    let keys: [String: SigningKey]

    init() throws {
        store = try HubStore.inMemory()
        try store.ensureTenants(regions: SwedishRegion.all, agencyCode: "agency", agencyName: "Myndigheten")
        keys = Dictionary(uniqueKeysWithValues: ["01", "03", "09", "12"].map { ($0, SigningKey.generate()) })
    }

    // MARK: - Helpers

    /// Pushes `items` signed by `region`'s key as one batch on `stream`; the receipt, or the error status.
    func push(
        _ region: String, _ stream: SyncStream, _ payloads: [any Encodable & Sendable], firstSequence: Int64 = 1,
        batchID: String? = nil
    ) throws -> (status: Int, receipt: BatchReceipt?) {
        let items = try payloads.enumerated().map { index, payload in
            let value = try CanonicalJSON.jsonValue(payload)
            let key: NaturalKey =
                switch payload {
                case let message as ExchangeMessage: message.naturalKey
                case let followUp as DeliveryFollowUp: followUp.naturalKey
                default: NaturalKey(owner: region, kind: "x", parts: [])
                }
            return UploadItem(sequence: firstSequence + Int64(index), key: key, payload: value)
        }
        let batch = UploadBatch(
            batchID: batchID ?? "\(stream.rawValue)-\(UUID().uuidString.lowercased())", stream: stream,
            after: firstSequence - 1, items: items)
        return try send(region, batch)
    }

    func send(_ region: String, _ batch: UploadBatch) throws -> (status: Int, receipt: BatchReceipt?) {
        let key = try #require(keys[region])
        let identity = HubIdentity(
            tenant: try #require(try store.tenant(code: region)), role: .regionNode, actor: "nod",
            publicKey: key.publicKeyBase64)
        let body = try CanonicalJSON.encode(batch)
        let path = SyncEndpoint.batches(batch.stream)
        let signed = try SignedRequestHeaders.sign(
            method: "POST", path: path, batchID: batch.batchID, body: body,
            timestamp: Int64(now.timeIntervalSince1970), signer: Ed25519BatchSigner(key: key))
        let handler = HubSyncHandler(
            ingest: HubIngest(acceptedCatalogueVersions: [1], validator: SyncCatalogue.validator(.standard)),
            verifier: CredentialBatchVerifier(identity: identity))
        let response = store.syncPush(
            handler: handler, streamSegment: batch.stream.rawValue, path: path, headers: signed.fields, body: body,
            now: now)
        let receipt = response.status == 200 ? try CanonicalJSON.decode(BatchReceipt.self, from: response.body) : nil
        return (response.status, receipt)
    }

    static func offer(_ region: String, id: String, count: Int = 10, radius: String = "national") -> ExchangeMessage {
        ExchangeMessage(
            regionCode: region, messageID: "\(region)-m-post-\(id)", kind: .postOffer, subject: id,
            posting: ExchangePostingTerms(
                specialty: "Ortopedi", planningObjectGroup: "Höftprotes", unit: "operations", count: count,
                firstWeek: "2026-W48", lastWeek: "2026-W52", radius: radius),
            issuedBy: "anna", issuedAt: "2026-11-18T09:00:00+01:00")
    }

    static func request(_ region: String, id: String, radius: String) -> ExchangeMessage {
        ExchangeMessage(
            regionCode: region, messageID: "\(region)-m-post-\(id)", kind: .postRequest, subject: id,
            posting: ExchangePostingTerms(
                specialty: "Ortopedi", unit: "operations", count: 30, firstWeek: "2026-W48", lastWeek: "2026-W52",
                priority: "high", radius: radius),
            issuedAt: "2026-11-18T09:00:00+01:00")
    }

    static func acceptOffer(
        _ region: String, offer: String, version: Int, count: Int, agreement: String
    ) -> ExchangeMessage {
        ExchangeMessage(
            regionCode: region, messageID: "\(region)-m-accept-\(agreement)", kind: .acceptOffer, subject: offer,
            basedOnVersion: version, acceptance: ExchangeAcceptanceTerms(agreementID: agreement, count: count),
            issuedBy: "bertil", issuedAt: "2026-11-18T10:00:00+01:00")
    }

    var agency: HubIdentity {
        get throws {
            HubIdentity(tenant: try #require(try store.tenant(code: "agency")), role: .agencyCurator, actor: "c")
        }
    }

    func feed(for region: String?) throws -> [ExchangeState] {
        let page = try store.syncChanges(stream: .exchangeState, after: 0, epoch: "", limit: 1_000, region: region)
            .get()
        return try page.changes.compactMap {
            try $0.payload.map { try CanonicalJSON.decode(ExchangeState.self, from: $0) }
        }
    }

    // MARK: - Tests

    @Test func aSyncedOfferIsPostedWithTheCredentialsRegionAndAppearsOnTheFeed() throws {
        let result = try push("03", .exchangeMessages, [Self.offer("03", id: "03-o-1")])
        #expect(result.receipt?.items.map(\.outcome) == [.imported])
        let offer = try #require(try store.exchange(visibleTo: agency).offers.first)
        #expect(offer.id == "03-o-1" && offer.region == "03" && offer.version == 1)
        #expect(offer.state.history.first?.actor.userID == "regionnod:anna")
        let state = try #require(try feed(for: "12").first { $0.id == "03-o-1" })
        #expect(state.kind == .offer && state.status == "open" && state.settled == 0 && state.count == 10)
    }

    @Test func aPayloadNamingAnotherRegionIsRejectedAndRunsNothing() throws {
        // Region 09's credential sends an offer that says it is Uppsala's (03) under 09's key.
        var forged = Self.offer("03", id: "03-o-9")
        forged.messageID = "09-m-forged"
        let item = UploadItem(
            sequence: 1, key: NaturalKey(owner: "09", kind: "exchange-message", parts: ["09-m-forged"]),
            payload: try CanonicalJSON.jsonValue(forged))
        let result = try send(
            "09", UploadBatch(batchID: "exchange-messages-f1", stream: .exchangeMessages, after: 0, items: [item]))
        #expect(result.receipt?.items.first?.outcome == .rejected)
        #expect(result.receipt?.items.first?.reason == .invalidPayload)
        #expect(try store.exchange(visibleTo: agency).offers.isEmpty)
    }

    @Test func twoRegionsRacingToAcceptTheSameOfferGetExactlyOneAgreement() throws {
        _ = try push("03", .exchangeMessages, [Self.offer("03", id: "03-o-1")])
        let first = try push(
            "01", .exchangeMessages,
            [Self.acceptOffer("01", offer: "03-o-1", version: 1, count: 6, agreement: "01-a-1")])
        let second = try push(
            "12", .exchangeMessages,
            [Self.acceptOffer("12", offer: "03-o-1", version: 1, count: 6, agreement: "12-a-1")])
        #expect(first.receipt?.items.first?.outcome == .imported)
        #expect(second.receipt?.items.first?.outcome == .rejected)
        #expect(second.receipt?.items.first?.reason == .staleExchangeVersion)
        #expect(second.receipt?.items.first?.message?.contains("exchange.stale_version") == true)
        let exchange = try store.exchange(visibleTo: agency)
        #expect(exchange.agreements.map(\.id) == ["01-a-1"])
        #expect(exchange.offers.first?.state.agreedCount == 6)
        // The refused item is not stored: the hub holds only what it carried out.
        #expect(try store.syncRecords(region: "12", stream: .exchangeMessages).isEmpty)
    }

    @Test func aResentBatchOrARepeatedMessageAppliesNothingTwice() throws {
        _ = try push("03", .exchangeMessages, [Self.offer("03", id: "03-o-1")])
        let accept = Self.acceptOffer("01", offer: "03-o-1", version: 1, count: 4, agreement: "01-a-1")
        let first = try push("01", .exchangeMessages, [accept], batchID: "exchange-messages-same")
        let replay = try push("01", .exchangeMessages, [accept], batchID: "exchange-messages-same")
        #expect(replay.receipt == first.receipt)
        let again = try push("01", .exchangeMessages, [accept], firstSequence: 2)
        #expect(again.receipt?.items.first?.outcome == .ignored)
        #expect(again.receipt?.items.first?.reason == .unchanged)
        let exchange = try store.exchange(visibleTo: agency)
        #expect(exchange.agreements.count == 1)
        #expect(exchange.offers.first?.state.agreedCount == 4)
        // A changed body under an applied message key cannot run again.
        var changed = accept
        changed.acceptance?.count = 5
        changed.basedOnVersion = 2
        let rewritten = try push("01", .exchangeMessages, [changed], firstSequence: 3)
        #expect(rewritten.receipt?.items.first?.outcome == .rejected)
        #expect(try store.exchange(visibleTo: agency).offers.first?.state.agreedCount == 4)
    }

    @Test func aDomainRefusalIsTheItemsRejectionWithTheExchangesReason() throws {
        _ = try push("03", .exchangeMessages, [Self.offer("03", id: "03-o-1")])
        let own = try push(
            "03", .exchangeMessages,
            [Self.acceptOffer("03", offer: "03-o-1", version: 1, count: 1, agreement: "03-a-1")], firstSequence: 2)
        let item = try #require(own.receipt?.items.first)
        #expect(item.outcome == .rejected && item.reason == .exchangeRefused)
        #expect(item.message?.contains("exchange.own_posting") == true)
        #expect(own.receipt?.acknowledgedThrough == 2)
        let unknown = try push(
            "01", .exchangeMessages,
            [Self.acceptOffer("01", offer: "03-o-404", version: 1, count: 1, agreement: "01-a-1")])
        #expect(unknown.receipt?.items.first?.message?.contains("exchange.not_found") == true)
    }

    @Test func deliveriesRunAsRecordDeliveryAndAStaleVersionIsRefused() throws {
        _ = try push("03", .exchangeMessages, [Self.offer("03", id: "03-o-1")])
        _ = try push(
            "01", .exchangeMessages,
            [Self.acceptOffer("01", offer: "03-o-1", version: 1, count: 6, agreement: "01-a-1")])
        let week = DeliveryFollowUp(
            regionCode: "03", agreementID: "01-a-1", week: "2026-W48", delivered: 2, basedOnVersion: 1)
        let result = try push("03", .deliveryFollowUps, [week])
        #expect(result.receipt?.items.first?.outcome == .imported)
        var correction = week
        correction.delivered = 3
        let stale = try push("03", .deliveryFollowUps, [correction], firstSequence: 2)
        #expect(stale.receipt?.items.first?.reason == .staleExchangeVersion)
        correction.basedOnVersion = 2
        let fixed = try push("03", .deliveryFollowUps, [correction], firstSequence: 3)
        #expect(fixed.receipt?.items.first?.outcome == .updated)
        let agreement = try #require(try store.exchange(visibleTo: agency).agreements.first)
        #expect(agreement.deliveredCount == 3 && agreement.status == .delivering)
        // The recipient may not report the provider's deliveries.
        let recipient = DeliveryFollowUp(
            regionCode: "01", agreementID: "01-a-1", week: "2026-W49", delivered: 1, basedOnVersion: 3)
        #expect(try push("01", .deliveryFollowUps, [recipient]).receipt?.items.first?.reason == .exchangeRefused)
        let state = try #require(try feed(for: "03").first { $0.id == "01-a-1" })
        #expect(state.settled == 3 && state.deliveries == [ExchangeDeliveryWeek(week: "2026-W48", delivered: 3)])
    }

    @Test func theFeedShowsEachRegionOnlyWhatItMaySee() throws {
        // Gotland (09) asks its neighbours only: Stockholm (01) is its sea-link neighbour, Skåne (12) is not.
        _ = try push("09", .exchangeMessages, [Self.request("09", id: "09-r-1", radius: "neighbours")])
        _ = try push("03", .exchangeMessages, [Self.offer("03", id: "03-o-1")])
        _ = try push(
            "01", .exchangeMessages,
            [Self.acceptOffer("01", offer: "03-o-1", version: 1, count: 2, agreement: "01-a-1")])
        let ids = { (region: String) in Set(try feed(for: region).map(\.id)) }
        #expect(try ids("09") == ["09-r-1", "03-o-1"])
        #expect(try ids("01") == ["09-r-1", "03-o-1", "01-a-1"])
        #expect(try ids("03") == ["03-o-1", "01-a-1"])
        #expect(try ids("12") == ["03-o-1"])
        // The offer's state says how much is agreed, not with whom; no audit trail, no user ids travel.
        let offer = try #require(try feed(for: "12").first { $0.id == "03-o-1" })
        #expect(offer.settled == 2)
        let text = String(decoding: try CanonicalJSON.encode(offer), as: UTF8.self)
        #expect(!text.contains("01-a-1") && !text.contains("bertil") && !text.contains("anna"))
    }

    @Test func changesFromTheHubAPIAndFromExpiryAreOnTheFeedToo() throws {
        let region = HubIdentity(tenant: try #require(try store.tenant(code: "12")), role: .regionUser, actor: "sara")
        let offer = CapacityOffer(
            id: "hub-o-1", region: "12", group: CapacityGroup(specialty: "Ögon"), volume: ExchangeVolume(5, .visits),
            period: WeekRange(first: ISOWeek(year: 2026, week: 40)!, last: ISOWeek(year: 2026, week: 45)!)!)
        _ = try store.handleExchange(.postOffer(offer), by: region, at: now)
        #expect(try feed(for: "01").first { $0.id == "hub-o-1" }?.status == "open")
        try store.expireDueExchangePostings(agencyCode: "agency", at: now)
        #expect(try feed(for: "01").first { $0.id == "hub-o-1" }?.status == "expired")
    }

    @Test func aFeedCreatedAfterTheExchangeIsBackfilledWithIt() throws {
        _ = try push("03", .exchangeMessages, [Self.offer("03", id: "03-o-1")])
        try store.writer.write { db in
            try db.execute(sql: "DELETE FROM sync_change WHERE stream = 'exchange-state'")
            try db.execute(sql: "DELETE FROM sync_feed WHERE stream = 'exchange-state'")
        }
        let feed = try store.syncFeed(.exchangeState)
        #expect(feed.head == 1)
        #expect(try self.feed(for: "01").map(\.id) == ["03-o-1"])
    }

    @Test func everyRegionsViewOfTheFeedMatchesTheExchangesVisibilityRules() throws {
        // Property: for a seeded mix of postings and acceptances, a region's feed holds exactly what
        // `exchange(visibleTo:)` shows it — the hub's own visibility rules, not a second copy of them.
        var generator = SplitMix64(seed: 7)
        let regions = ["01", "03", "09", "12"]
        let radii = ["neighbours", "healthcareRegion", "national"]
        var sequence: [String: Int64] = [:]
        for index in 0..<12 {
            let region = regions[Int(generator.next() % 4)]
            let id = "\(region)-o-\(index)"
            var message = Self.offer(region, id: id, radius: radii[Int(generator.next() % 3)])
            if index % 3 == 2 { message = Self.request(region, id: "\(region)-r-\(index)", radius: radii[index % 3]) }
            sequence[region, default: 0] += 1
            _ = try push(region, .exchangeMessages, [message], firstSequence: sequence[region]!)
        }
        for offer in try store.exchange(visibleTo: agency).offers {
            let taker = regions.first { $0 != offer.region && offer.isVisible(to: .region($0)) }
            guard let taker else { continue }
            sequence[taker, default: 0] += 1
            _ = try push(
                taker, .exchangeMessages,
                [
                    Self.acceptOffer(
                        taker, offer: offer.id, version: offer.version, count: 1, agreement: "\(taker)-a-\(offer.id)")
                ],
                firstSequence: sequence[taker]!)
        }
        for region in regions {
            let identity = HubIdentity(
                tenant: try #require(try store.tenant(code: region)), role: .regionUser, actor: "x")
            let visible = try store.exchange(visibleTo: identity)
            let expected = Set(
                visible.requests.map(\.id) + visible.offers.map(\.id) + visible.proposals.map(\.id)
                    + visible.agreements.map(\.id))
            #expect(Set(try feed(for: region).map(\.id)) == expected, "region \(region)")
        }
    }
}

/// SplitMix64: a tiny seeded generator so the property test is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D4_9B38_133B_11EB
        return z ^ (z >> 31)
    }
}
