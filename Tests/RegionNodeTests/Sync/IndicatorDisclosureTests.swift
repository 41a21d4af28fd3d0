import Foundation
import NodeStore
import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

@testable import RegionNode

/// Disclosure control on the node's indicator export: secondary suppression over the table the export forms, and
/// the publication ledger in the node database.
@Suite("Indicator disclosure control", .serialized)
struct IndicatorDisclosureTests {
    static let personBased = Set(
        IndicatorCatalogue.standard.definitions.filter { $0.basis == .personBased }.map(\.id))

    func exported(_ store: NodeStore) throws -> [WireProtocol.IndicatorValue] {
        try store.outboxItems(.indicators, after: 0, limit: 1_000_000).map {
            try $0.decodePayload(as: WireProtocol.IndicatorValue.self)
        }
    }

    /// The ungated values the node computes for `weeks`.
    func truth(_ store: NodeStore, weeks: ClosedRange<ISOWeek>) throws -> [WireProtocol.IndicatorValue] {
        let input = try IndicatorExport(store: store, now: fixedNow).input(regionCode: "09", weeks: weeks)
        return IndicatorComputer(catalogue: .standard).compute(input, weeks: weeks).results.compactMap(\.value)
            .map(IndicatorExport.wireValue)
    }

    @Test func aSmallRegionsExportShowsNoSmallCountAndNothingThatRevealsOne() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let started = ContinuousClock.now
        let report = try IndicatorExport(store: workspace.store, now: fixedNow).run(regionCode: "09", weekCount: 26)
        print("IndicatorDisclosure: export of \(report.computed) values took \(ContinuousClock.now - started)")
        let sent = try exported(workspace.store)
        let weeks = try #require(report.weeks)
        let truth = try truth(workspace.store, weeks: weeks)
        #expect(sent.count == truth.count)
        let sentByKey = Dictionary(uniqueKeysWithValues: sent.map { ($0.naturalKey, $0) })

        // 1. No published person-based figure shows a count in 1..k−1.
        for value in sent where Self.personBased.contains(value.indicatorID) && !value.suppressed {
            for count in [value.numerator, value.denominator].compactMap({ $0 }) {
                #expect(count == 0 || count >= 5, "\(value.naturalKey) shows \(count)")
            }
        }
        // 2. An attacker who knows month = Σ weeks never finds a published month with exactly one hidden week.
        var primaryOnly = 0
        for value in sent where ["inflow", "production", "cancellations"].contains(value.indicatorID) {
            guard case .month(let month)? = IndicatorPeriod.parse(value.period), !value.suppressed else { continue }
            let weekly = month.weeks.map { week in
                sentByKey[
                    WireProtocol.IndicatorValue(
                        regionCode: "09", indicatorID: value.indicatorID, definitionVersion: 1, group: value.group,
                        period: week.description, value: nil
                    ).naturalKey]
            }
            guard weekly.allSatisfy({ $0 != nil }) else { continue }
            let hidden = weekly.compactMap { $0 }.filter(\.suppressed)
            #expect(hidden.count != 1, "\(value.naturalKey): a month with one hidden week reveals it")
            let truthHidden = hidden.compactMap { hiddenWeek in
                truth.first { $0.naturalKey == hiddenWeek.naturalKey }
            }
            if truthHidden.contains(where: { $0.numerator.map { $0 >= 5 } ?? false }) { primaryOnly += 1 }
        }
        // Secondary suppression did happen: some hidden weeks are not small themselves.
        #expect(primaryOnly > 0)

        // 3. The independent audit finds every hidden cell protected in every table the export forms.
        let table = IndicatorDisclosureTable(values: truth, catalogue: .standard)
        for root in table.partitions.keys.sorted() where !table.partitions[root]!.failed {
            let release = try table.release(of: root)
            var shown: Set<DisclosureCellKey> = []
            for (index, value) in truth.enumerated() where sentByKey[value.naturalKey]?.suppressed == false {
                shown.formUnion(table.entries[index]?.cells ?? [])
            }
            let protected = ProtectedRelease(
                ruleVersion: DisclosureControl.currentRuleVersion,
                published: release.cells.filter { shown.contains($0.key) }.map {
                    .init(key: $0.key, value: .count($0.count!))
                },
                suppressed: release.cells.filter { !shown.contains($0.key) }.map {
                    .init(key: $0.key, reason: $0.isSmallProtectedCount ? .primary : .secondary(protecting: $0.key))
                })
            let audit = DisclosureAudit.verify(protected, of: release, ledger: PublicationLedger())
            #expect(audit.isSafe, "\(root): \(audit.findings.map(\.message))")
        }
        #expect(table.partitions.values.allSatisfy { !$0.failed })
    }

    /// Ortopedi's inflow in the four ISO weeks of March 2025 and the month (their sum).
    static func inflowOfMarch(_ weekly: [Int]) -> [WireProtocol.IndicatorValue] {
        let march = YearMonth(year: 2025, month: 3)!
        let periods = march.weeks.map(\.description) + [march.description]
        return zip(periods, weekly + [weekly.reduce(0, +)]).map { period, count in
            WireProtocol.IndicatorValue(
                regionCode: "09", indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: period,
                numerator: Double(count), value: Double(count))
        }
    }

    @Test func aSmallCancellationCountHidesTheSharesDenominatorNotProduction() {
        let gate = indicatorDisclosureGate(catalogue: .standard)
        func value(_ id: String, _ numerator: Double, _ denominator: Double? = nil) -> WireProtocol.IndicatorValue {
            WireProtocol.IndicatorValue(
                regionCode: "09", indicatorID: id, definitionVersion: 1, group: "Ortopedi", period: "2025-W10",
                numerator: numerator, denominator: denominator, value: denominator.map { numerator / $0 } ?? numerator)
        }
        let out = gate([
            value("cancellations", 2), value("production", 200), value("cancellation-share", 2, 202),
        ])
        // cancellations = denominator − production: one of the two must go, and the share's denominator is the
        // helper figure, production the headline.
        #expect(out.map(\.suppressed) == [true, false, true])
        #expect(out[1].value == 200)
    }

    @Test func aLoneSmallWeekInAPublishedMonthGetsACompanion() {
        let gate = indicatorDisclosureGate(catalogue: .standard)
        let values = Self.inflowOfMarch([3, 20, 30, 40])
        let out = gate(values)
        #expect(out[0].suppressed)
        let hiddenWeeks = out.dropLast().filter(\.suppressed).count
        #expect(out.last!.suppressed || hiddenWeeks >= 2)
        // The companion is the cheapest cell: the month (93+) is dearer than the 20 week.
        #expect(out[1].suppressed)
        #expect(gate(values) == out)
    }

    @Test func aRevisionThatRevealsOnePersonIsHeldBackAcrossRestarts() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let disclosure = IndicatorDisclosure(catalogue: .standard)
        let march = YearMonth(year: 2025, month: 3)!
        func export(_ store: NodeStore, weekly: [Int]) throws -> [WireProtocol.IndicatorValue] {
            let values = Self.inflowOfMarch(weekly)
            var out: [WireProtocol.IndicatorValue] = []
            try store.writeIndicatorExport(at: fixedNow()) { lastExported, ledger in
                let outcome = disclosure.protect(values, ledger: ledger)
                out = outcome.values
                let writes = try IndicatorExporter(gate: { _ in outcome.values }).writes(
                    for: values, lastExported: lastExported)
                return (writes, outcome.records(at: IndicatorExport.timestamp(fixedNow())))
            }
            return out
        }
        let before = [12, 20, 30, 40]
        let first = try export(workspace.store, weekly: before)
        #expect(first.allSatisfy { !$0.suppressed })
        // A restart: the ledger comes from the database, not from memory.
        let reopened = try NodeStore.open(path: workspace.path("region.sqlite"))
        #expect(try reopened.publicationLedger().records.count == first.count)
        var after = before
        after[0] = 13
        let second = try export(reopened, weekly: after)
        #expect(second[0].suppressed, "12 → 13 would reveal one person")
        #expect(second.last!.suppressed, "the month moved by one person too")
        let ledger = try reopened.publicationLedger()
        for value in second where !value.suppressed {
            let key = DisclosureCellKey(components: ["inflow", "specialty", "Ortopedi", value.period])
            for earlier in ledger.visibleCounts(of: key) {
                let difference = abs(earlier - Int(value.numerator!))
                #expect(difference == 0 || difference >= 5, "\(value.period): \(earlier) → \(value.numerator!)")
            }
        }
        // A change of k or more is published again, and recorded.
        after[0] = 17
        let third = try export(reopened, weekly: after)
        #expect(!third[0].suppressed && !third.last!.suppressed)
        #expect(
            try reopened.publicationLedger().visibleCounts(of: "inflow|specialty|Ortopedi|\(march.weeks[0])") == [
                12, 17,
            ])
    }

    @Test func anExportRecordsWhatItShowsAndAnUnchangedOneShowsTheSame() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let export = IndicatorExport(store: workspace.store, now: fixedNow)
        let first = try export.run(regionCode: "09", weekCount: 13)
        let ledger = try workspace.store.publicationLedger()
        #expect(!ledger.records.isEmpty)
        let again = try export.run(regionCode: "09", weekCount: 13)
        #expect(again.enqueued == 0 && again.suppressed == first.suppressed)
        #expect(try workspace.store.publicationLedger() == ledger)
    }

    @Test(arguments: [1, 8])
    func syntheticExportsShowNoSmallCountAndNoLoneHiddenWeek(groups: Int) {
        let export = SyntheticIndicatorExport(groups: groups, seed: UInt64(groups))
        let started = ContinuousClock.now
        let outcome = IndicatorDisclosure(catalogue: .standard).protect(export.values)
        // A log line, not an assertion: the figure depends on the machine and the build.
        print("IndicatorDisclosure: \(export.values.count) values in \(ContinuousClock.now - started)")
        #expect(outcome.unverifiable.isEmpty)
        var byKey: [String: WireProtocol.IndicatorValue] = [:]
        for value in outcome.values { byKey["\(value.indicatorID)|\(value.group)|\(value.period)"] = value }
        for value in outcome.values where Self.personBased.contains(value.indicatorID) && !value.suppressed {
            for count in [value.numerator, value.denominator].compactMap({ $0 }) {
                #expect(count == 0 || count >= 5, "\(value.naturalKey) shows \(count)")
            }
            guard ["inflow", "production", "cancellations"].contains(value.indicatorID),
                case .month(let month)? = IndicatorPeriod.parse(value.period)
            else { continue }
            let hidden = month.weeks.filter { byKey["\(value.indicatorID)|\(value.group)|\($0)"]!.suppressed }
            #expect(hidden.count != 1, "\(value.naturalKey) reveals its one hidden week")
        }
        // Shown counts are exactly what the published values carry.
        let shownValues = outcome.values.filter { !$0.suppressed && Self.personBased.contains($0.indicatorID) }
        #expect(!outcome.shown.isEmpty && shownValues.count < outcome.values.count)
    }
}
