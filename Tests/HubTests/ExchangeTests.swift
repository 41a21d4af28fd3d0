import Foundation
import GRDB
import Hub
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import Testing

/// The capacity exchange over HTTP: visibility by radius and party, optimistic concurrency, and the race of two
/// regions accepting the same offer.
@Suite("Capacity exchange")
struct ExchangeTests {
    let fixture: HubFixture

    init() throws {
        fixture = try HubFixture()
    }

    static func request(_ id: String, radius: String, count: Int = 20) -> String {
        #"""
        {"id":"\#(id)","group":{"specialty":"Ortopedi"},"volume":{"count":\#(count),"unit":"operations"},
        "period":{"first":"2026-W50","last":"2027-W05"},"priority":"high","radius":"\#(radius)"}
        """#
    }

    static func offer(_ id: String, count: Int = 10) -> String {
        #"""
        {"id":"\#(id)","group":{"specialty":"Ortopedi"},"volume":{"count":\#(count),"unit":"operations"},
        "period":{"first":"2026-W50","last":"2027-W05"},"radius":"national"}
        """#
    }

    func ids(_ response: TestResponse, _ key: String) throws -> [String] {
        (try jsonObject(response.body)[key] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test func aRequestIsSeenOnlyWithinItsRadius() async throws {
        let stockholm = try fixture.token("01", .regionUser)
        let uppsala = try fixture.token("03", .regionUser)
        let norrbotten = try fixture.token("25", .regionUser)
        let agency = try fixture.token("agency", .agencyCurator)
        try await fixture.application.test(.router) { client in
            let posted = try await client.call(
                .post, "/api/v1/exchange/requests", token: stockholm, json: Self.request("req-1", radius: "neighbours"))
            #expect(posted.status == .created)
            for (token, expected) in [
                (stockholm, ["req-1"]), (uppsala, ["req-1"]), (norrbotten, []), (agency, ["req-1"]),
            ] {
                let list = try await client.call(.get, "/api/v1/exchange/requests", token: token)
                #expect(try ids(list, "requests") == expected)
            }
            #expect(
                try await client.call(.get, "/api/v1/exchange/requests/req-1/matches", token: norrbotten).status
                    == .notFound)
            // Norrbotten cannot answer what it cannot see.
            let proposal = #"""
                {"target":{"kind":"request","id":"req-1"},"count":5,"period":{"first":"2026-W50","last":"2026-W52"}}
                """#
            let refused = try await client.call(.post, "/api/v1/exchange/proposals", token: norrbotten, json: proposal)
            #expect(refused.status == .notFound)
        }
    }

    @Test func twoRegionsRacingToAcceptTheSameOfferMakeExactlyOneAgreement() async throws {
        let östergötland = try fixture.token("05", .regionUser)
        let jönköping = try fixture.token("06", .regionUser)
        let kalmar = try fixture.token("08", .regionUser)
        try await fixture.application.test(.router) { client in
            let posted = try await client.call(
                .post, "/api/v1/exchange/offers", token: östergötland, json: Self.offer("off-1"))
            #expect(posted.status == .created)
            let accept = #"{"expectedVersion":1,"count":10}"#
            async let first = client.call(.post, "/api/v1/exchange/offers/off-1/accept", token: jönköping, json: accept)
            async let second = client.call(.post, "/api/v1/exchange/offers/off-1/accept", token: kalmar, json: accept)
            let statuses = [try await first.status, try await second.status]
            #expect(statuses.filter { $0 == .ok }.count == 1)
            #expect(statuses.filter { $0 == .conflict }.count == 1)
        }
        let agreements = try await fixture.store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM exchange_agreement") ?? 0
        }
        #expect(agreements == 1)
    }

    @Test func onlyThePartiesAndTheAgencySeeAndActOnAnAgreement() async throws {
        let provider = try fixture.token("05", .regionUser)
        let recipient = try fixture.token("06", .regionUser)
        let outsider = try fixture.token("08", .regionUser)
        let agency = try fixture.token("agency", .agencyAdmin)
        try await fixture.application.test(.router) { client in
            _ = try await client.call(.post, "/api/v1/exchange/offers", token: provider, json: Self.offer("off-2"))
            let accepted = try await client.call(
                .post, "/api/v1/exchange/offers/off-2/accept", token: recipient,
                json: #"{"expectedVersion":1,"count":4,"agreement":"agr-1"}"#)
            #expect(accepted.status == .ok)
            #expect(
                try ids(try await client.call(.get, "/api/v1/exchange/agreements", token: outsider), "agreements")
                    .isEmpty)
            let agreementIDs =
                try jsonObject(
                    try await client.call(.get, "/api/v1/exchange/agreements", token: agency).body)["agreements"]
                as? [[String: Any]]
            #expect(agreementIDs?.count == 1)
            #expect(
                try await client.call(.get, "/api/v1/exchange/agreements/agr-1", token: outsider).status == .notFound)
            let delivery = #"{"expectedVersion":1,"week":"2026-W50","count":2}"#
            let foreign = try await client.call(
                .post, "/api/v1/exchange/agreements/agr-1/deliveries", token: outsider, json: delivery)
            #expect(foreign.status == .notFound)
            let recorded = try await client.call(
                .post, "/api/v1/exchange/agreements/agr-1/deliveries", token: provider, json: delivery)
            #expect(recorded.status == .ok)
            let followUp = (try jsonObject(recorded.body)["agreement"] as? [String: Any])?["followUp"] as? [String: Any]
            #expect(followUp?["delivered"] as? Int == 2)
            #expect(followUp?["agreed"] as? Int == 4)
            // The same command again quotes a version that is no longer current.
            let stale = try await client.call(
                .post, "/api/v1/exchange/agreements/agr-1/deliveries", token: provider, json: delivery)
            #expect(stale.status == .conflict)
        }
    }

    @Test func matchesAreRankedForTheRequestingRegion() async throws {
        let requester = try fixture.token("05", .regionUser)
        let neighbour = try fixture.token("06", .regionUser)
        let far = try fixture.token("25", .regionUser)
        try await fixture.application.test(.router) { client in
            _ = try await client.call(
                .post, "/api/v1/exchange/requests", token: requester, json: Self.request("req-2", radius: "national"))
            _ = try await client.call(.post, "/api/v1/exchange/offers", token: far, json: Self.offer("off-far"))
            _ = try await client.call(.post, "/api/v1/exchange/offers", token: neighbour, json: Self.offer("off-near"))
            let response = try await client.call(.get, "/api/v1/exchange/requests/req-2/matches", token: requester)
            let matches = try jsonObject(response.body)["matches"] as? [[String: Any]] ?? []
            #expect(matches.compactMap { $0["offer"] as? String } == ["off-near", "off-far"])
        }
    }
}
