import Foundation
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import Testing
import WireProtocol

/// The exchange streams through the hub's real router: the region reading `exchange-state` is the credential's
/// tenant, so each node's page holds only what that region may see.
extension HubSyncAPITests {
    @Test func exchangeStateThroughTheRouteHoldsOnlyWhatTheCallingRegionMaySee() async throws {
        // Skåne (12) asks its neighbours only, through the hub's own API: neither Gotland nor Stockholm may see it.
        let skane = HubIdentity(tenant: try #require(try store.tenant(code: "12")), role: .regionUser, actor: "sara")
        let hidden = CapacityRequest(
            id: "12-r-1", region: "12", group: CapacityGroup(specialty: "Ortopedi"),
            volume: ExchangeVolume(20, .operations),
            period: WeekRange(first: ISOWeek(year: 2026, week: 48)!, last: ISOWeek(year: 2026, week: 50)!)!,
            radius: .neighbours)
        _ = try store.handleExchange(.postRequest(hidden), by: skane, at: now)
        let offer = ExchangeMessage(
            regionCode: "09", messageID: "09-m-1", kind: .postOffer, subject: "09-o-1",
            posting: ExchangePostingTerms(
                specialty: "Ortopedi", unit: "operations", count: 8, firstWeek: "2026-W48", lastWeek: "2026-W50",
                radius: "national"), issuedAt: "2026-11-18T09:00:00+01:00")
        let batch = UploadBatch(
            batchID: "exchange-messages-\(UUID().uuidString.lowercased())", stream: .exchangeMessages, after: 0,
            items: [try UploadItem(sequence: 1, key: offer.naturalKey, typedPayload: offer)])
        try await application.test(.router) { client in
            let body = try CanonicalJSON.encode(batch)
            let path = SyncEndpoint.batches(.exchangeMessages)
            let fields = try headers(
                token: gotlandToken, key: gotlandKey, method: "POST", path: path, batchID: batch.batchID,
                signedBody: body)
            try await client.execute(uri: path, method: .post, headers: fields, body: ByteBuffer(bytes: body)) {
                #expect($0.status == .ok)
                let receipt = try CanonicalJSON.decode(BatchReceipt.self, from: Array($0.body.readableBytesView))
                #expect(receipt.items.map(\.outcome) == [.imported])
            }
            for (token, key) in [(gotlandToken, gotlandKey), (stockholmToken, stockholmKey)] {
                let feedPath = SyncEndpoint.changes(.exchangeState, after: .start, limit: 100)
                let feedHeaders = try headers(
                    token: token, key: key, method: "GET", path: feedPath, batchID: "", signedBody: [])
                try await client.execute(uri: feedPath, method: .get, headers: feedHeaders) { response in
                    #expect(response.status == .ok)
                    let feed = try CanonicalJSON.decode(ChangeFeed.self, from: Array(response.body.readableBytesView))
                    #expect(feed.changes.map(\.key.rawValue) == ["hub/exchange-offer/09-o-1"])
                }
            }
        }
        // The agency's unfiltered view holds both.
        #expect(try store.syncChanges(stream: .exchangeState, after: 0, epoch: "", limit: 10).get().changes.count == 2)
    }
}
