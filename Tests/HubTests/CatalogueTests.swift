import Foundation
import Hub
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import Testing

/// The indicator catalogue: seeded at init, readable by every tenant, and replaced only by a valid successor
/// published by the agency's administrator.
@Suite("Indicator catalogue")
struct CatalogueTests {
    let fixture: HubFixture

    init() throws {
        fixture = try HubFixture()
    }

    func json(_ catalogue: IndicatorCatalogue) throws -> String {
        String(decoding: try JSONEncoder().encode(catalogue), as: UTF8.self)
    }

    @Test func everyTenantReadsTheSeededCatalogueWithItsHash() async throws {
        let token = try fixture.token("12", .regionNode)
        try await fixture.application.test(.router) { client in
            let response = try await client.call(.get, "/api/v1/catalogue", token: token)
            #expect(response.status == .ok)
            let body = try jsonObject(response.body)
            #expect(body["version"] as? Int == IndicatorCatalogue.standard.version)
            #expect(body["contentHash"] as? String == IndicatorCatalogue.standard.contentHash)
            #expect((body["definitions"] as? [Any])?.count == IndicatorCatalogue.standard.definitions.count)
        }
        #expect(try fixture.store.seedCatalogue(agencyCode: "agency", at: fixture.now) == false)
    }

    @Test func onlyAValidSuccessorFromTheAdministratorIsPublished() async throws {
        let admin = try fixture.token("agency", .agencyAdmin)
        let region = try fixture.token("05", .regionUser)
        var changed = try #require(IndicatorCatalogue.standard.definition(id: "inflow"))
        changed.name = "Inflöde (alla remisser)"
        let others = IndicatorCatalogue.standard.definitions.filter { $0.id != "inflow" }
        let sameVersion = try IndicatorCatalogue(version: 2, definitions: others + [changed])
        changed.version = 2
        let successor = try IndicatorCatalogue(version: 2, definitions: others + [changed])
        try await fixture.application.test(.router) { client in
            #expect(
                try await client.call(.post, "/api/v1/catalogue", token: region, json: try json(successor)).status
                    == .forbidden)
            let refused = try await client.call(.post, "/api/v1/catalogue", token: admin, json: try json(sameVersion))
            #expect(refused.status == .unprocessableContent)
            let accepted = try await client.call(.post, "/api/v1/catalogue", token: admin, json: try json(successor))
            #expect(accepted.status == .ok)
            #expect(try jsonObject(accepted.body)["version"] as? Int == 2)
        }
        // Values computed under the earlier definition version are still accepted.
        let node = try fixture.identity("05", .regionNode)
        let outcomes = try fixture.store.ingestIndicatorValues(
            [
                IndicatorValueSubmission(
                    regionCode: "05", indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi",
                    period: "2026-W10", numerator: 40),
                IndicatorValueSubmission(
                    regionCode: "05", indicatorID: "inflow", definitionVersion: 2, group: "Ortopedi",
                    period: "2026-W10", numerator: 40),
            ], from: node, at: fixture.now)
        #expect(outcomes.map(\.status) == [.imported, .imported])
    }
}
