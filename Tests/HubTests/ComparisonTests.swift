import Foundation
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import Testing

@testable import Hub

/// National comparisons on a small dataset whose statistics are worked out by hand.
@Suite("National comparisons")
struct ComparisonTests {
    let fixture: HubFixture

    /// Inflow for Ortopedi in 2026-W10: 01 → 10, 03 → 20, 05 → 30, 06 → 40, 08 → 50; 12 suppressed. Region 05 also
    /// has weeks 7–9 (24, 26, 28), so its trend rises by 2 a week. Share waiting within 90 days: 05 → 80/100,
    /// 06 → 30/50.
    init() throws {
        fixture = try HubFixture()
        for (code, value) in [("01", 10.0), ("03", 20), ("05", 30), ("06", 40), ("08", 50)] {
            let node = try fixture.identity(code, .regionNode)
            var items = [
                IndicatorValueSubmission(
                    regionCode: code, indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi",
                    period: "2026-W10", numerator: value)
            ]
            if code == "05" {
                for (week, earlier) in [("2026-W07", 24.0), ("2026-W08", 26), ("2026-W09", 28)] {
                    items.append(
                        IndicatorValueSubmission(
                            regionCode: code, indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi",
                            period: week, numerator: earlier))
                }
            }
            if let share = ["05": (80.0, 100.0), "06": (30.0, 50.0)][code] {
                items.append(
                    IndicatorValueSubmission(
                        regionCode: code, indicatorID: "share-waiting-within-90", definitionVersion: 1,
                        group: "Ortopedi", period: "2026-W10", numerator: share.0, denominator: share.1))
            }
            _ = try fixture.store.ingestIndicatorValues(items, from: node, at: fixture.now)
        }
        let skåne = try fixture.identity("12", .regionNode)
        _ = try fixture.store.ingestIndicatorValues(
            [
                IndicatorValueSubmission(
                    regionCode: "12", indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi",
                    period: "2026-W10", numerator: nil, suppressed: true)
            ], from: skåne, at: fixture.now)
    }

    @Test func countsGiveTheSumMedianQuartilesRankAndTrend() async throws {
        let token = try fixture.token("05", .regionUser)
        try await fixture.application.test(.router) { client in
            let response = try await client.call(
                .get, "/api/v1/comparisons?indicator=inflow&group=Ortopedi&period=2026-W10", token: token)
            #expect(response.status == .ok)
            let body = try jsonObject(response.body)
            let national = body["national"] as? [String: Any]
            #expect(national?["value"] as? Double == 150)
            #expect(national?["regionCount"] as? Int == 5)
            #expect(body["median"] as? Double == 30)
            #expect(body["lowerQuartile"] as? Double == 20)
            #expect(body["upperQuartile"] as? Double == 40)
            #expect(body["participatingRegions"] as? Int == 5)
            let own = body["own"] as? [String: Any]
            #expect(own?["rank"] as? Int == 3)
            #expect((own?["trend"] as? [String: Any])?["movement"] as? String == "rising")
            let regions = body["regions"] as? [[String: Any]] ?? []
            #expect(regions.count == 21)
            let skåne = regions.first { $0["code"] as? String == "12" }
            #expect(skåne?["status"] as? String == "suppressed")
            #expect(skåne?["value"] == nil)
            #expect(regions.first { $0["code"] as? String == "25" }?["status"] as? String == "not_available")
        }
    }

    @Test func ratesUseTheRatioOfSumsAndRankBestFirst() async throws {
        let token = try fixture.token("06", .regionUser)
        try await fixture.application.test(.router) { client in
            let response = try await client.call(
                .get, "/api/v1/comparisons?indicator=share-waiting-within-90&group=Ortopedi", token: token)
            let body = try jsonObject(response.body)
            let national = body["national"] as? [String: Any]
            let value = try #require(national?["value"] as? Double)
            #expect(abs(value - 110.0 / 150.0) < 1e-12)
            #expect(abs((body["median"] as? Double ?? 0) - 0.7) < 1e-12)
            #expect((body["own"] as? [String: Any])?["rank"] as? Int == 2)
        }
    }

    @Test func theOverviewShowsTheRegionsLatestFigureAgainstTheMedian() async throws {
        let token = try fixture.token("05", .regionUser)
        try await fixture.application.test(.router) { client in
            let response = try await client.call(.get, "/api/v1/comparisons/overview", token: token)
            #expect(response.status == .ok)
            let lines = try jsonObject(response.body)["lines"] as? [[String: Any]] ?? []
            let inflow = lines.first { $0["indicator"] as? String == "inflow" }
            #expect(inflow?["period"] as? String == "2026-W10")
            #expect(inflow?["ownValue"] as? Double == 30)
            #expect(inflow?["median"] as? Double == 30)
        }
    }

    @Test func theNationalTableIsReprotectedBeforePublishing() throws {
        let definition = try #require(IndicatorCatalogue.standard.definition(id: "inflow"))
        let period = try #require(IndicatorPeriod.parse("2026-W10"))
        func key(_ code: String) -> IndicatorValueKey {
            IndicatorValueKey(
                regionCode: code, indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: period)
        }
        // A small cell that reached the store some other way is still withheld and left out of the national sum.
        let cells = IndicatorCells(values: [
            IndicatorValue(key: key("01"), count: 3), IndicatorValue(key: key("03"), count: 20),
            IndicatorValue(key: key("05"), count: 30),
        ])
        let protected = protectNationalTable(definition: definition, cells: cells)
        #expect(protected == [key("01")])
        let result = ComparisonService.compare(definition: definition, group: "Ortopedi", period: period, cells: cells)
        #expect(result.comparison.national?.value == 50)
        #expect(result.comparison.standing(of: "01")?.isSuppressed == true)
        #expect(!result.nationalSuppressed)
    }

    @Test func anUnknownIndicatorIs404AndAMissingOneIs400() async throws {
        let token = try fixture.token("05", .regionUser)
        try await fixture.application.test(.router) { client in
            let unknown = try await client.call(.get, "/api/v1/comparisons?indicator=nope", token: token)
            #expect(unknown.status == .notFound)
            let missing = try await client.call(.get, "/api/v1/comparisons", token: token)
            #expect(missing.status == .badRequest)
        }
    }
}
