import Foundation
import GRDB
import Hub
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import Testing

/// Ingestion of indicator values: the tenant comes from the credential, items are idempotent on the natural key
/// and content hash, and disclosure violations refuse the whole batch.
@Suite("Indicator ingestion")
struct IndicatorIngestionTests {
    let fixture: HubFixture
    let node05: HubIdentity

    init() throws {
        fixture = try HubFixture()
        node05 = try fixture.identity("05", .regionNode)
    }

    func count(_ region: String, _ group: String, _ week: String, _ value: Double, id: String = "inflow")
        -> IndicatorValueSubmission
    {
        IndicatorValueSubmission(
            regionCode: region, indicatorID: id, definitionVersion: 1, group: group, period: week, numerator: value)
    }

    func storedRows() throws -> Int {
        try fixture.store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM indicator_value") ?? 0 }
    }

    @Test func theSameBatchTwiceIsImportedThenIgnored() throws {
        let batch = [count("05", "Ortopedi", "2026-W10", 120), count("05", "Ortopedi", "2026-W11", 0)]
        let first = try fixture.store.ingestIndicatorValues(batch, from: node05, at: fixture.now)
        let second = try fixture.store.ingestIndicatorValues(batch, from: node05, at: fixture.now)
        #expect(first.map(\.status) == [.imported, .imported])
        #expect(second.map(\.status) == [.ignored, .ignored])
        #expect(try storedRows() == 2)
    }

    @Test func aGroupWithSurroundingWhiteSpaceOrEmptyIsRejectedAndTheRestIsStored() throws {
        let batch = [
            count("05", " Ortopedi", "2026-W10", 12), count("05", "Ortopedi\t", "2026-W10", 12),
            count("05", "", "2026-W10", 12), count("05", String(repeating: "x", count: 201), "2026-W10", 12),
            count("05", "Hud och könssjukdomar", "2026-W10", 12),
        ]
        let outcomes = try fixture.store.ingestIndicatorValues(batch, from: node05, at: fixture.now)
        #expect(outcomes.map(\.status) == [.rejected, .rejected, .rejected, .rejected, .imported])
        #expect(outcomes.prefix(4).allSatisfy { $0.reason == .invalidGroup })
        #expect(try storedRows() == 1)
    }

    @Test func aRevisedValueIsUpdatedInPlace() throws {
        _ = try fixture.store.ingestIndicatorValues(
            [count("05", "Ortopedi", "2026-W10", 120)], from: node05, at: fixture.now)
        let revised = try fixture.store.ingestIndicatorValues(
            [count("05", "Ortopedi", "2026-W10", 125)], from: node05, at: fixture.now)
        #expect(revised.map(\.status) == [.updated])
        let cells = try fixture.store.indicatorCells(
            indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", periodType: .week)
        #expect(cells.values.map(\.value) == [125])
    }

    @Test func aValueForAnotherRegionIsRejectedAsTenantMismatchAndNotStored() throws {
        let outcomes = try fixture.store.ingestIndicatorValues(
            [count("06", "Ortopedi", "2026-W10", 120), count("05", "Ortopedi", "2026-W10", 90)], from: node05,
            at: fixture.now)
        #expect(outcomes[0].status == .rejected)
        #expect(outcomes[0].reason == .tenantMismatch)
        #expect(outcomes[1].status == .imported)
        let cells = try fixture.store.indicatorCells(
            indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", periodType: .week)
        #expect(cells.values.map(\.key.regionCode) == ["05"])
    }

    @Test func aSmallPersonBasedCellRefusesTheWholeBatch() throws {
        let outcomes = try fixture.store.ingestIndicatorValues(
            [count("05", "Ortopedi", "2026-W10", 120), count("05", "Ortopedi", "2026-W11", 3)], from: node05,
            at: fixture.now)
        #expect(outcomes.map(\.reason) == [.batchRefused, .smallCell])
        #expect(try storedRows() == 0)
    }

    @Test func aSmallCellMarkedSuppressedIsStoredWithoutItsNumber() throws {
        var cell = count("05", "Ortopedi", "2026-W11", 3)
        cell.suppressed = true
        let outcomes = try fixture.store.ingestIndicatorValues([cell], from: node05, at: fixture.now)
        #expect(outcomes.map(\.status) == [.imported])
        let numberless = try fixture.store.writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT numerator IS NULL AND denominator IS NULL FROM indicator_value")
        }
        #expect(numberless == true)
    }

    @Test func aResourceBasedSmallValueIsNotASmallCell() throws {
        let outcomes = try fixture.store.ingestIndicatorValues(
            [
                IndicatorValueSubmission(
                    regionCode: "05", indicatorID: "bed-occupancy", definitionVersion: 1, group: "Ortopedi",
                    period: "2026-W10", numerator: 2, denominator: 3)
            ], from: node05, at: fixture.now)
        #expect(outcomes.map(\.status) == [.imported])
    }

    @Test func aPersonnummerAnywhereRefusesTheBatch() throws {
        let outcomes = try fixture.store.ingestIndicatorValues(
            [count("05", "Ortopedi", "2026-W10", 120), count("05", "Patient 19121212-1212", "2026-W10", 50)],
            from: node05, at: fixture.now)
        #expect(outcomes.map(\.reason) == [.batchRefused, .personIdentifier])
        #expect(try storedRows() == 0)
    }

    @Test func unknownIndicatorVersionAndPeriodAreRejectedPerItem() throws {
        var wrongVersion = count("05", "Ortopedi", "2026-W10", 120)
        wrongVersion.definitionVersion = 9
        let outcomes = try fixture.store.ingestIndicatorValues(
            [
                count("05", "Ortopedi", "2026-W10", 120, id: "no-such-indicator"), wrongVersion,
                count("05", "Ortopedi", "2026-W54", 120), count("05", "Ortopedi", "vecka 10", 120),
                IndicatorValueSubmission(
                    regionCode: "05", indicatorID: "share-waiting-within-90", definitionVersion: 1, group: "Ortopedi",
                    period: "2026-W10", numerator: 40),
            ], from: node05, at: fixture.now)
        #expect(
            outcomes.map(\.reason) == [
                .unknownIndicator, .unknownDefinitionVersion, .unknownPeriod, .unknownPeriod, .invalidValue,
            ])
    }

    @Test func everyIngestIsAuditedInTheSameTransaction() throws {
        _ = try fixture.store.ingestIndicatorValues(
            [count("05", "Ortopedi", "2026-W10", 120)], from: node05, at: fixture.now)
        let events = try fixture.store.auditEvents(tenantID: node05.tenant.id)
        #expect(events.first?.action == "indicator.ingest")
        #expect(events.first?.detail.contains("imported=1") == true)
    }

    @Test func theEndpointAnswersWithAReceiptAndOnlyANodeMayPost() async throws {
        let node = try fixture.token("05", .regionNode)
        let user = try fixture.token("05", .regionUser)
        let body = #"""
            {"values":[{"regionCode":"05","indicatorID":"inflow","definitionVersion":1,"group":"Ortopedi",
            "period":"2026-W10","numerator":120,"suppressed":false},
            {"regionCode":"08","indicatorID":"inflow","definitionVersion":1,"group":"Ortopedi",
            "period":"2026-W10","numerator":120,"suppressed":false}]}
            """#
        try await fixture.application.test(.router) { client in
            let response = try await client.call(.post, "/api/v1/indicator-values", token: node, json: body)
            #expect(response.status == .ok)
            let receipt = try jsonObject(response.body)
            #expect(receipt["imported"] as? Int == 1)
            #expect(receipt["rejected"] as? Int == 1)
            let items = receipt["items"] as? [[String: Any]] ?? []
            #expect(items.last?["reason"] as? String == "tenant_mismatch")
            // Keys sorted, as in every answer of the API (the receipt is encoded by itself for speed).
            let text = String(buffer: response.body)
            #expect(text.hasPrefix(#"{"ignored":0,"imported":1,"items":[{"index":0,"key":"#), "\(text)")
            #expect(text.contains(#""reason":"tenant_mismatch","status":"rejected"}"#), "\(text)")
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let refused = try await client.call(.post, "/api/v1/indicator-values", token: user, json: body)
            #expect(refused.status == .forbidden)
        }
    }
}
