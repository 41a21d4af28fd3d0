import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

@testable import RegionNode

@Suite("Indicator export and sync status", .serialized)
struct IndicatorExportTests {
    func exportedValues(_ store: NodeStore) throws -> [WireProtocol.IndicatorValue] {
        try store.outboxItems(.indicators, after: 0, limit: 100_000).map {
            try $0.decodePayload(as: WireProtocol.IndicatorValue.self)
        }
    }

    @Test func theExportComputesTheRegionsCellsAndWithholdsSmallPersonBasedCounts() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let report = try IndicatorExport(store: workspace.store, now: fixedNow).run(regionCode: "09", weekCount: 13)
        let values = try exportedValues(workspace.store)
        #expect(report.enqueued == values.count && report.computed == values.count && values.count > 50)
        #expect(report.weeks?.upperBound == ISOWeek(year: 2025, week: 40))
        #expect(Set(values.map(\.regionCode)) == ["09"])
        #expect(report.suppressed == values.filter(\.suppressed).count && report.suppressed > 0)
        for value in values where value.suppressed {
            #expect(value.value == nil && value.numerator == nil && value.denominator == nil)
        }
        let personBased = Set(IndicatorCatalogue.standard.definitions.filter { $0.basis == .personBased }.map(\.id))
        for value in values where personBased.contains(value.indicatorID) && !value.suppressed {
            for count in [value.numerator, value.denominator].compactMap({ $0 }) {
                #expect(count == 0 || count >= 5, "\(value.naturalKey) leaks a small count \(count)")
            }
        }
        // A published weekly inflow cell is the sum of the group's planning objects that week.
        let cell = try #require(
            values.first { $0.indicatorID == "inflow" && !$0.suppressed && $0.period.contains("W") })
        let week = try ISOWeek.parse(cell.period).get()
        let objects = Set(
            try workspace.store.masterData().planningObjects.filter { $0.specialty == cell.group }.map(\.code))
        let expected = try workspace.store.weeklyCounts(.inflow, from: week)
            .filter { $0.week == week && objects.contains($0.planningObjectCode) }.map(\.count).reduce(0, +)
        #expect(cell.value == Double(expected))
    }

    @Test func everyIndicatorTheNodesFeedsSupportIsComputed() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let weeks = ISOWeek(year: 2025, week: 28)!...ISOWeek(year: 2025, week: 40)!
        let input = try IndicatorExport(store: workspace.store, now: fixedNow).input(regionCode: "09", weeks: weeks)
        #expect(input.cancellations != nil && input.occupiedBedDays != nil && input.completedWaits != nil)
        #expect(input.limitingResourceCodes == ["LAK", "OPSAL"])
        #expect(!input.resourceUse.isEmpty)
        let results = IndicatorComputer(catalogue: .standard).compute(input, weeks: weeks).results
        var computed: [String: Int] = [:]
        for result in results where result.value != nil { computed[result.key.indicatorID, default: 0] += 1 }
        // Only the plan and the forecast are missing: nobody agreed a plan or forecast before these weeks.
        let expected = Set(IndicatorCatalogue.standard.definitions.map(\.id)).subtracting([
            "production-vs-plan", "forecast-error",
        ])
        #expect(Set(computed.keys) == expected, "\(computed)")
        // Treated within 90 days counts the imported completed waits of the group's objects.
        let week = ISOWeek(year: 2025, week: 35)!
        let treatedResult = results.first { (result: IndicatorResult) -> Bool in
            let key = result.key
            return key.indicatorID == "share-treated-within-90" && key.group == "Ortopedi" && key.period == .week(week)
        }
        let treated = try #require(treatedResult?.value)
        let objects = Set(
            try workspace.store.masterData().planningObjects.filter { $0.specialty == "Ortopedi" }.map(\.code))
        let waits = try #require(try workspace.store.completedWaits(in: week...week)).waits.filter {
            objects.contains($0.planningObjectCode)
        }
        #expect(treated.denominator == Double(waits.count))
        #expect(treated.numerator == Double(waits.filter { $0.daysWaited <= 90 }.count))
    }

    @Test func anUnchangedExportEnqueuesNothingAgain() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let export = IndicatorExport(store: workspace.store, now: fixedNow)
        let first = try export.run(regionCode: "09", weekCount: 8)
        let again = try export.run(regionCode: "09", weekCount: 8)
        #expect(first.enqueued > 0)
        #expect(again.enqueued == 0)
        #expect(try workspace.store.outboxSummary(.indicators).pendingCount == first.enqueued)
    }

    @Test func theGateWithholdsSmallPersonBasedCountsAndRatesButNotResources() {
        let gate = indicatorDisclosureGate(catalogue: .standard)
        // One group per cell: the gate treats one group's cells as one table, and these are unrelated figures.
        func cell(_ id: String, _ group: String, numerator: Double, denominator: Double? = nil)
            -> WireProtocol.IndicatorValue
        {
            WireProtocol.IndicatorValue(
                regionCode: "09", indicatorID: id, definitionVersion: 1, group: group, period: "2025-W10",
                numerator: numerator, denominator: denominator, value: denominator.map { numerator / $0 } ?? numerator)
        }
        let out = gate([
            cell("waiting", "A", numerator: 3), cell("waiting", "B", numerator: 0), cell("waiting", "C", numerator: 5),
            cell("share-waiting-within-90", "D", numerator: 4, denominator: 4),
            cell("bed-occupancy", "E", numerator: 2),
        ])
        #expect(out.map(\.suppressed) == [true, false, false, true, false])
        #expect(out[0].value == nil && out[3].numerator == nil)
    }

    @Test func syncStatusIsServedPerStream() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let report = try IndicatorExport(store: workspace.store, now: fixedNow).run(regionCode: "09", weekCount: 4)
        let application = buildNodeApplication(
            configuration: NodeServerConfiguration(port: 0, authentication: .disabled), store: workspace.store,
            now: fixedNow)
        try await application.test(.router) { client in
            try await client.execute(uri: "/api/v1/sync/status", method: .get) { response in
                #expect(response.status == .ok)
                let status = try JSONDecoder().decode(
                    SyncStatusReportBody.self, from: Data(String(buffer: response.body).utf8))
                #expect(
                    status.streams.map(\.stream) == [
                        "indicators", "self-assessments", "learning-examples", "exchange-messages",
                        "delivery-follow-ups", "definitions", "published-examples", "national-comparisons",
                        "exchange-state",
                    ])
                #expect(status.streams[0].queueLength == report.enqueued)
                #expect(status.streams[0].phase == "never")
            }
        }
    }
}

/// The parts of the status JSON the test reads.
struct SyncStatusReportBody: Decodable {
    struct Stream: Decodable {
        var stream: String
        var phase: String
        var queueLength: Int
    }
    var streams: [Stream]
}
