import FeedFormats
import Forecasting
import Foundation
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData
import Testing

/// The region behind ``followUpWorkspace()`` (same configuration, so the same seeded data).
let followUpRegion = SyntheticRegionGenerator.generate(
    SyntheticRegionConfiguration(
        regionCode: "09", seed: 11, lastWeek: ISOWeek(year: 2025, week: 44)!, years: 2, scale: 0.5))

extension Workspace {
    /// Imports every waiting-list snapshot of the follow-up region, the last one (2025-11-02, in week 44) included.
    func importAllWaitingSnapshots() throws {
        let paths = try SyntheticRegionWriter.write(followUpRegion, to: path("alla"))
        try importFiles(paths.filter { $0.hasSuffix("vantelista.csv") })
    }

    /// Imports the capacity of weeks 41–44 twice: as forecast on 2025-10-01, then revised (absence halfway to
    /// planned) on 2025-11-10. Returns the forecast and actual records whose value changed.
    @discardableResult
    func importCapacityForecastAndOutcome() throws -> [(forecast: CapacityRecord, actual: CapacityRecord)] {
        let weeks = ISOWeek(year: 2025, week: 41)!...ISOWeek(year: 2025, week: 44)!
        let followed = followUpRegion.capacity.filter { weeks.contains($0.week) }
        // A later week revised before it began: both values are forecasts, so it must not be compared.
        let ahead = followed.filter { $0.week == weeks.upperBound }.map {
            CapacityRecord(
                unitCode: $0.unitCode, resourceCode: $0.resourceCode, week: ISOWeek(year: 2026, week: 10)!,
                planned: $0.planned, absence: $0.absence)
        }
        let records = followed + ahead
        func csv(_ rows: [CapacityRecord]) -> String {
            var writer = CSVWriter(header: ["enhetskod", "resurskod", "vecka", "planerad", "frånvaro"])
            for row in rows {
                writer.append([
                    row.unitCode, row.resourceCode, row.week.description, CSVWriter.decimal(row.planned),
                    CSVWriter.decimal(row.absence),
                ])
            }
            return writer.content
        }
        let revised = records.map {
            CapacityRecord(
                unitCode: $0.unitCode, resourceCode: $0.resourceCode, week: $0.week, planned: $0.planned,
                absence: ($0.absence + $0.planned) / 2)
        }
        let early = RegionImporter(store: store, now: { Date(timeIntervalSince1970: 1_759_276_800) })  // 2025-10-01
        _ = try early.run([ImportRequest(path: try write("kapacitet.csv", csv(records), in: "prognos"))])
        let late = RegionImporter(store: store, now: { Date(timeIntervalSince1970: 1_762_732_800) })  // 2025-11-10
        _ = try late.run([ImportRequest(path: try write("kapacitet.csv", csv(revised), in: "utfall"))])
        return zip(records, revised).filter { $0.absence != $1.absence && weeks.contains($0.week) }.map { ($0, $1) }
    }
}

@Suite("Follow-up measures on the node", .serialized)
struct FollowUpMeasuresServiceTests {
    @Test func inflowIsComparedWithTheForecastMadeBeforeTheWeeks() throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        let inflow = try FollowUpMeasuresService(store: workspace.store).inflow()
        let first = ISOWeek(year: 2025, week: 41)!
        #expect(inflow.weeks == first...ISOWeek(year: 2025, week: 44)!)
        // Independently: the only run's means and the imported inflow, summed over the region per week.
        var forecast: [ISOWeek: Double] = [:]
        for stored in try workspace.store.latestForecasts(.inflow) {
            for (week, mean) in zip(stored.weeks, stored.forecast.mean) where inflow.weeks.contains(week) {
                forecast[week, default: 0] += mean
            }
        }
        var actual: [ISOWeek: Double] = [:]
        for count in try workspace.store.weeklyCounts(.inflow, from: first) {
            actual[count.week, default: 0] += Double(count.count)
        }
        let errors = inflow.weeks.lowerBound.weeks(through: inflow.weeks.upperBound).map {
            (actual[$0] ?? 0) - (forecast[$0] ?? 0)
        }
        let accuracy = try #require(try inflow.accuracy(unit: "R09").all)
        #expect(accuracy.weekCount == 4)
        #expect(abs(accuracy.meanAbsoluteError - errors.map(abs).reduce(0, +) / 4) < 1e-6)
        #expect(abs(accuracy.bias - errors.reduce(0, +) / 4) < 1e-6)
        // Child units add up to the region, and the objects to their units.
        let rows = try inflow.rows(under: "R09")
        let unitActual: Double = rows.units.map(\.figures.actual).reduce(0, +)
        let regionActual: Double = actual.values.reduce(0, +)
        #expect(abs(unitActual - regionActual) < 1e-6)
        let objectForecast: Double = rows.objects.map(\.figures.planned).reduce(0, +)
        let regionForecast: Double = forecast.values.reduce(0, +)
        #expect(abs(objectForecast - regionForecast) < 1e-6)
    }

    @Test func normalAndLowProductionWeeksAreKeptApart() throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        let low = ISOWeek(year: 2025, week: 43)!
        let calendar = LowProductionCalendar(rules: [.explicit(weeks: [low])])
        let inflow = try FollowUpMeasuresService(store: workspace.store, calendar: calendar).inflow()
        let weekly = try inflow.weekly(unit: "R09")
        let split = try inflow.accuracy(unit: "R09")
        #expect(split.lowProductionWeeks?.weekCount == 1)
        #expect(split.normalWeeks?.weekCount == 3)
        let lowWeek = try #require(weekly.first { $0.week == low }).figures
        #expect(abs((split.lowProductionWeeks?.bias ?? .nan) - lowWeek.deviation) < 1e-9)
        let normal = weekly.filter { $0.week != low }.map(\.figures.deviation)
        #expect(abs((split.normalWeeks?.bias ?? .nan) - normal.reduce(0, +) / 3) < 1e-9)
    }

    @Test func capacityForecastBeforeTheWeekIsComparedWithTheRevisedValue() throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        let service = FollowUpMeasuresService(store: workspace.store)
        #expect(throws: FollowUpServiceError.self) { try service.capacity() }
        let changed = try workspace.importCapacityForecastAndOutcome()
        try #require(!changed.isEmpty)
        let capacity = try service.capacity()
        #expect(capacity.rowCount == changed.count)
        let rows = try capacity.rows(unit: "R09")
        for resource in Set(changed.map(\.forecast.resourceCode)) {
            let mine = changed.filter { $0.forecast.resourceCode == resource }
            let row = try #require(rows.first { $0.resource.code == resource })
            let forecast = mine.map(\.forecast.available).reduce(0, +)
            let actual = mine.map(\.actual.available).reduce(0, +)
            #expect(abs(row.figures.all.planned - forecast) < 1e-6)
            #expect(abs(row.figures.all.actual - actual) < 1e-6)
            // Absence only grew, so the capacity forecast was too high: negative bias.
            #expect((row.accuracy.all?.bias ?? 0) < 0)
        }
    }

    @Test func theWaitingListIsComparedWithThePlansProjection() throws {
        let (workspace, planID) = try followUpWorkspace()
        defer { workspace.remove() }
        let service = FollowUpMeasuresService(store: workspace.store)
        #expect(try service.waitingLists().comparisons(unit: "R09").isEmpty)
        try workspace.importAllWaitingSnapshots()
        let followUp = try service.waitingLists()
        let start = try #require(followUp.startSnapshots[planID])
        #expect(start == CivilDate(year: 2025, month: 9, day: 30)!)
        let last = try #require(followUpRegion.waitingSnapshots.last)
        let week = ISOWeek(containing: last.date)
        let comparisons = try followUp.comparisons(unit: "R09")
        #expect(comparisons.map(\.week) == [week])
        let planned = Set(followUp.plans[0].plan.objectCodes)
        let waiting = last.entries.filter { planned.contains($0.planningObjectCode) }.count
        #expect(comparisons.first?.figures.actual == Double(waiting))

        // One object's projection, recomputed from the generator's own snapshot and the stored forecast.
        let object = try #require(
            followUp.plans[0].plan.objectCodes.first { code in
                last.entries.contains { $0.planningObjectCode == code }
            })
        let plan = followUp.plans[0].plan
        let startSnapshot = try #require(followUpRegion.waitingSnapshots.first { $0.date == start })
        let priority = try workspace.store.masterData().planningObjects.first { $0.code == object }?.medicalPriority
        let rank = Int(priority?.filter(\.isNumber) ?? "") ?? 1
        var cohorts: [ISOWeek: Double] = [:]
        for entry in startSnapshot.entries where entry.planningObjectCode == object {
            cohorts[ISOWeek(containing: entry.waitingSince), default: 0] += 1
        }
        let stored = try #require(try workspace.store.latestForecasts(.inflow, objectCodes: [object]).first)
        let means = Dictionary(zip(stored.weeks, stored.forecast.mean), uniquingKeysWith: { first, _ in first })
        let simulation = WaitingListSimulation(
            startWeek: plan.startWeek,
            initial: cohorts.sorted { $0.key < $1.key }.map {
                WaitingCohort(priority: rank, joined: $0.key, count: $0.value)
            },
            inflow: plan.weeks.map { [rank: means[$0] ?? 0] },
            capacity: plan.weeks.map { plan.volume(of: object, in: $0) ?? 0 })
        let expected = try #require(simulation.run().weeks.first { $0.week == week }).waiting
        let row = try #require(try followUp.objectRows(under: "R09").first { $0.code == object })
        #expect(abs(row.figures.planned - expected) < 1e-6)
        #expect(row.figures.actual == Double(last.entries.filter { $0.planningObjectCode == object }.count))
    }

    @Test func careGuaranteeFiguresMatchACountOfTheSnapshots() throws {
        let (workspace, _) = try followUpWorkspace(completedWaits: false)
        defer { workspace.remove() }
        let service = FollowUpMeasuresService(store: workspace.store)
        // Latest snapshot 2025-09-30, a month's last day: September is the last completed month.
        let september = try service.careGuarantee(scope: "R09")
        #expect(september.lastMonth?.intervals.map(\.later) == [CivilDate(year: 2025, month: 9, day: 30)!])

        try workspace.importAllWaitingSnapshots()
        let summary = try service.careGuarantee(scope: "R09")
        let snapshots = followUpRegion.waitingSnapshots
        let last = try #require(snapshots.last)
        #expect(summary.snapshotDate == last.date)
        let within = last.entries.filter { $0.daysWaited(at: last.date) <= 90 }.count
        #expect(summary.waiting?.total.total == last.entries.count)
        #expect(summary.waiting?.total.withinLimit == within)
        let specialty = Dictionary(
            try workspace.store.masterData().planningObjects.map { ($0.code, $0.specialty) },
            uniquingKeysWith: { first, _ in first })
        let line = try #require(summary.waiting?.bySpecialty.first)
        let mine = last.entries.filter { specialty[$0.planningObjectCode] == line.group }
        #expect(line.total == mine.count)
        #expect(line.withinLimit == mine.filter { $0.daysWaited(at: last.date) <= 90 }.count)
        #expect(summary.waiting?.byUnit.map(\.total).reduce(0, +) == last.entries.count)

        // Year to date: everyone on one snapshot and not on the next, matched by object and waiting-start day.
        var left = 0
        var leftWithin = 0
        for (earlier, later) in zip(snapshots, snapshots.dropFirst()) where later.date.year == last.date.year {
            var remaining: [String: Int] = [:]
            for entry in later.entries {
                remaining["\(entry.planningObjectCode) \(entry.waitingSince)", default: 0] += 1
            }
            for entry in earlier.entries {
                let key = "\(entry.planningObjectCode) \(entry.waitingSince)"
                if let count = remaining[key], count > 0 {
                    remaining[key] = count - 1
                } else {
                    left += 1
                    if CivilDate.days(from: entry.waitingSince, to: later.date) <= 90 { leftWithin += 1 }
                }
            }
        }
        let yearToDate = try #require(summary.yearToDate)
        #expect(yearToDate.counted.total.total == left)
        #expect(yearToDate.counted.total.withinLimit == leftWithin)
        #expect(yearToDate.earliest.total.withinLimit >= leftWithin)
        // 2025-11-02 is not a month's end, and no snapshot ends in October: no month to report.
        #expect(summary.lastMonth == nil)
    }

    @Test func withCompletedWaitsTheTreatedFiguresAreExact() throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        let summary = try FollowUpMeasuresService(store: workspace.store).careGuarantee(scope: "R09")
        let september = try #require(summary.lastMonth)
        #expect(september.source == .completedWaits && september.intervals.isEmpty)
        let first = CivilDate(year: 2025, month: 9, day: 1)!
        let last = CivilDate(year: 2025, month: 9, day: 30)!
        let waits = followUpRegion.completedWaits.filter { $0.performedOn >= first && $0.performedOn <= last }
        #expect(september.counted.total.total == waits.count && waits.count > 100)
        #expect(september.counted.total.withinLimit == waits.filter { $0.daysWaited <= 90 }.count)
        // Exact: the bounds are the same.
        #expect(september.earliest.total.withinLimit == september.counted.total.withinLimit)
        #expect(summary.yearToDate?.source == .completedWaits)
    }

    @Test func aScopeCountsOnlyItsOwnObjects() throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        let master = try workspace.store.masterData()
        let division = try #require(master.units.first { $0.level == .division })
        let tree = try OrganisationTree(units: master.units)
        let inside = Set(
            master.planningObjects.filter { tree.isWithin($0.unitCode, ancestor: division.code) }.map(\.code))
        let snapshot = try #require(
            followUpRegion.waitingSnapshots.first { $0.date == CivilDate(year: 2025, month: 9, day: 30)! })
        let summary = try FollowUpMeasuresService(store: workspace.store).careGuarantee(scope: division.code)
        #expect(
            summary.waiting?.total.total == snapshot.entries.filter { inside.contains($0.planningObjectCode) }.count)
        #expect(summary.waiting?.total.group == division.code)
    }
}

extension ISOWeek {
    /// This week through `last`, in order.
    func weeks(through last: ISOWeek) -> [ISOWeek] {
        (0...ISOWeek.weeks(from: self, to: last)).map { adding(weeks: $0) }
    }
}
