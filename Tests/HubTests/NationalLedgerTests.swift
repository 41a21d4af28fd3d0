import Foundation
import GRDB
import HubStore
import PlanningDomain
import Testing

@testable import Hub

/// The hub's publication ledger for national tables: what a comparison showed is recorded when it is published,
/// and later publications are checked against it, so a revision cannot reveal a withheld figure.
@Suite("National publication ledger")
struct NationalLedgerTests {
    static let period = IndicatorPeriod.parse("2026-W10")!
    static let inflow = IndicatorCatalogue.standard.definition(id: "inflow")!

    static func submission(_ code: String, _ value: Double) -> IndicatorValueSubmission {
        IndicatorValueSubmission(
            regionCode: code, indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: "2026-W10",
            numerator: value)
    }

    static func ingest(_ store: HubStore, _ figures: [(String, Double)], at now: Date) throws {
        for (code, value) in figures {
            let token = try store.issueCredential(tenantCode: code, role: .regionNode, label: "test", at: now).token
            let node = try #require(try store.identity(for: token))
            let outcomes = try store.ingestIndicatorValues([submission(code, value)], from: node, at: now)
            #expect(outcomes.allSatisfy { $0.status != .rejected })
        }
    }

    /// The figures of the comparison a reader sees: shown regions and the national total (nil when withheld).
    static func shown(_ store: HubStore, at now: Date) throws -> (regions: [String: Double], national: Double?) {
        let service = ComparisonService(store: store, now: { now })
        let result = try #require(try service.comparison(definition: inflow, group: "Ortopedi", period: period))
        var regions: [String: Double] = [:]
        for standing in result.comparison.regions {
            if case .reported(let numerator, _) = standing.figure { regions[standing.regionCode] = numerator }
        }
        return (regions, result.nationalSuppressed ? nil : result.comparison.national?.value)
    }

    @Test func aRevisionFrom12To13IsNotRevealedByTheNationalTotal() throws {
        let fixture = try HubFixture()
        try Self.ingest(fixture.store, [("01", 12), ("03", 20), ("05", 30)], at: fixture.now)
        let first = try Self.shown(fixture.store, at: fixture.now)
        #expect(first.regions == ["01": 12, "03": 20, "05": 30])
        #expect(first.national == 62)
        // Region 01's node revises 12 to 13 (one person more) and sends it without suppressing it.
        try Self.ingest(fixture.store, [("01", 13)], at: fixture.now.addingTimeInterval(60))
        let second = try Self.shown(fixture.store, at: fixture.now.addingTimeInterval(120))
        #expect(second.regions["01"] == nil)
        #expect(second.regions == ["03": 20, "05": 30])
        // Neither the total (63 − 50 = 13) nor its difference to the first release (63 − 62 = 1) gives 01 away.
        let national = try #require(second.national)
        #expect(national == 50)
        #expect(national - second.regions.values.reduce(0, +) == 0)
        let ledger = try fixture.store.nationalLedger(
            indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: Self.period)
        let key = { (code: String) in
            NationalTablePart.numerator.cellKey(
                regionCode: code, indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: Self.period)
        }
        #expect(ledger.visibleCounts(of: key("01")) == [12])
        #expect(ledger.visibleCounts(of: key(nationalRegionCode)) == [50, 62])
    }

    @Test func withoutTheLedgerTheSameRevisionWouldBeShown() throws {
        // The control for the test above: protection alone (no ledger) shows 13 and a total of 63.
        let cells = IndicatorCells(values: [
            IndicatorValue(key: key("01"), count: 13), IndicatorValue(key: key("03"), count: 20),
            IndicatorValue(key: key("05"), count: 30),
        ])
        #expect(protectNationalTable(definition: Self.inflow, cells: cells).isEmpty)
    }

    @Test func theLedgerSurvivesARestartOfAFileBackedHub() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hub-ledger-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("hub.sqlite").path
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        do {
            let store = try HubStore.open(path: path)
            try store.ensureTenants(regions: SwedishRegion.all, agencyCode: "agency", agencyName: "Myndigheten")
            try store.seedCatalogue(agencyCode: "agency", at: now)
            try Self.ingest(store, [("01", 12), ("03", 20), ("05", 30)], at: now)
            #expect(try Self.shown(store, at: now).national == 62)
        }
        let reopened = try HubStore.open(path: path)
        let ledger = try reopened.nationalLedger(
            indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: Self.period)
        #expect(ledger.records.count == 4)
        try Self.ingest(reopened, [("01", 13)], at: now.addingTimeInterval(60))
        let after = try Self.shown(reopened, at: now.addingTimeInterval(120))
        #expect(after.regions["01"] == nil)
        #expect(after.national == 50)
    }

    @Test func readingAPublishedTableAgainRecordsNothingNew() throws {
        let fixture = try HubFixture()
        try Self.ingest(fixture.store, [("01", 12), ("03", 20), ("05", 30)], at: fixture.now)
        let first = try Self.shown(fixture.store, at: fixture.now)
        let rows = {
            try fixture.store.writer.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM national_disclosure_ledger")
            }
        }
        let recorded = try rows()
        let again = try Self.shown(fixture.store, at: fixture.now.addingTimeInterval(3600))
        #expect(again.regions == first.regions && again.national == first.national)
        #expect(try rows() == recorded)
        // The second read used the stored decision: the publication keeps the first read's time.
        let publishedAt = try fixture.store.writer.read { db in
            try Date.fetchAll(db, sql: "SELECT published_at FROM national_publication")
        }
        #expect(publishedAt == [fixture.now])
    }

    @Test func revisionSequencesNeverShowASmallChangeAndTheTotalIsAlwaysTheSumShown() {
        var random = BatchRandom(seed: 42)
        for _ in 0..<60 {
            var ledger = PublicationLedger()
            var figures: [String: Int] = [:]
            for code in ["01", "03", "05", "06"] { figures[code] = Int.random(in: 5...40, using: &random) }
            var shownBefore: [String: Set<Int>] = [:]
            for release in 0..<6 {
                if release > 0 {
                    // Revise one or two regions by a small or a large step (never into 1…4: nodes refuse those).
                    for _ in 0..<Int.random(in: 1...2, using: &random) {
                        let code = ["01", "03", "05", "06"].randomElement(using: &random)!
                        let step = [-6, -3, -1, 1, 2, 4, 5, 9].randomElement(using: &random)!
                        figures[code] = max(5, figures[code]! + step)
                    }
                }
                let cells = IndicatorCells(
                    values: figures.keys.sorted().map { IndicatorValue(key: key($0), count: Double(figures[$0]!)) })
                let decision = nationalTableDecision(
                    definition: Self.inflow, period: Self.period, cells: cells, ledger: ledger)
                let shown = Dictionary(uniqueKeysWithValues: decision.shown.map { ($0.regionCode, $0.count) })
                // Every shown region shows its true figure, and the total is exactly the sum of the shown regions.
                for (code, count) in shown where code != nationalRegionCode { #expect(figures[code] == count) }
                if let national = shown[nationalRegionCode] {
                    #expect(national == shown.filter { $0.key != nationalRegionCode }.values.reduce(0, +))
                }
                #expect(decision.withheld.contains(nationalRegionCode) == (shown[nationalRegionCode] == nil))
                // No shown count differs from one shown before for the same cell by 1…4.
                for (code, count) in shown {
                    for earlier in shownBefore[code] ?? [] {
                        #expect(
                            abs(earlier - count) == 0 || abs(earlier - count) >= 5, "\(code): \(earlier) → \(count)")
                    }
                    shownBefore[code, default: []].insert(count)
                }
                let records = decision.shown.map { shown in
                    PublicationRecord(
                        key: shown.part.cellKey(
                            regionCode: shown.regionCode, indicatorID: "inflow", definitionVersion: 1,
                            group: "Ortopedi", period: Self.period),
                        value: .count(shown.count), ruleVersion: DisclosureControl.currentRuleVersion,
                        publishedAt: "2026-11-25T10:0\(release):00Z")
                }
                ledger = try! PublicationLedger(records: ledger.records + records)
            }
        }
    }

    @Test func theDecisionIsDeterministic() throws {
        let first = try HubFixture()
        let second = try HubFixture()
        for fixture in [first, second] {
            try Self.ingest(fixture.store, [("01", 12), ("03", 20), ("05", 30)], at: fixture.now)
            _ = try Self.shown(fixture.store, at: fixture.now)
            try Self.ingest(fixture.store, [("01", 13), ("05", 33)], at: fixture.now)
            _ = try Self.shown(fixture.store, at: fixture.now)
        }
        let dump = { (store: HubStore) in
            try store.writer.read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT region_code || ' ' || part || ' ' || count FROM national_disclosure_ledger
                        ORDER BY region_code, part, count
                        """)
                    + String.fetchAll(db, sql: "SELECT withheld || ' ' || fingerprint FROM national_publication")
            }
        }
        #expect(try dump(first.store) == dump(second.store))
        #expect(
            try dump(first.store).contains(
                "01,05 "
                    + NationalPublication.fingerprint(
                        of: IndicatorCells(values: [
                            IndicatorValue(key: key("01"), count: 13), IndicatorValue(key: key("03"), count: 20),
                            IndicatorValue(key: key("05"), count: 33),
                        ]))))
    }
}

private func key(_ code: String) -> IndicatorValueKey {
    IndicatorValueKey(
        regionCode: code, indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi",
        period: NationalLedgerTests.period)
}
