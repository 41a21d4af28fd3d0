import Foundation
import Hub
import HubStore
import Hummingbird
import HummingbirdTesting
import Logging
import PlanningDomain
import Testing

/// Requests and offers whose period has passed expire on the hub's schedule, not only when someone asks.
@Suite("Capacity exchange: expiry")
struct ExchangeExpiryTests {
    @Test func postingsExpireOnceTheirPeriodHasPassedAndOnlyThen() async throws {
        let fixture = try HubFixture()
        let stockholm = try fixture.token("01", .regionUser)
        try await fixture.application.test(.router) { client in
            let posted = try await client.call(
                .post, "/api/v1/exchange/requests", token: stockholm,
                json: ExchangeTests.request("req-old", radius: "national"))
            #expect(posted.status == .created)
            let offered = try await client.call(
                .post, "/api/v1/exchange/offers", token: stockholm, json: ExchangeTests.offer("off-old"))
            #expect(offered.status == .created)
        }
        let agency = try fixture.identity("agency", .agencyCurator)
        // Still inside the period (ends 2027-W05): nothing changes.
        #expect(try fixture.store.expireDueExchangePostings(agencyCode: "agency", at: fixture.now).isEmpty)
        #expect(try fixture.store.exchange(visibleTo: agency).requests.map(\.status) == [.open])

        let march = Date(timeIntervalSince1970: 1_804_000_000)  // 2027-03-01
        let service = ExchangeExpiryService(
            store: fixture.store, agencyCode: "agency", clock: ContinuousClock(), now: { march },
            logger: Logger(label: "test"))
        service.runOnce()
        let after = try fixture.store.exchange(visibleTo: agency)
        #expect(after.requests.map(\.status) == [.expired])
        #expect(after.offers.map(\.status) == [.expired])
        // A second pass finds nothing more to do.
        #expect(try fixture.store.expireDueExchangePostings(agencyCode: "agency", at: march).isEmpty)
    }
}
