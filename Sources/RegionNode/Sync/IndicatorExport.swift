public import Foundation
public import NodeStore
public import PlanningDomain
import SyncEngine
import WireProtocol

/// What one indicator export did.
public struct IndicatorExportReport: Sendable, Hashable {
    /// The weeks computed (nil when the node has no weekly data yet).
    public var weeks: ClosedRange<ISOWeek>?
    /// Cells with a value.
    public var computed: Int
    /// Cells the catalogue defines but the node's data cannot support (not exported).
    public var unavailable: Int
    /// Cells the disclosure gate withheld.
    public var suppressed: Int
    /// Cells written to the outbox (new or changed since the last export).
    public var enqueued: Int
}

/// Computes the catalogue's indicators from the node's own data and writes the changed cells to the outbox:
/// data → ``PlanningDomain/IndicatorInput`` → ``PlanningDomain/IndicatorComputer`` → disclosure control
/// (``IndicatorDisclosure``, checked against the node's publication ledger) →
/// ``SyncEngine/IndicatorExporter`` (person-identifier scan, unchanged cells left out) → outbox, the last steps in
/// one write transaction with the comparison against what was exported before.
///
/// Periods: the last ``NodeSyncConfiguration/exportWeeks`` weeks ending at the node's last imported week, and
/// every month whose weeks all lie in that range.
public struct IndicatorExport: Sendable {
    let store: NodeStore
    let catalogue: IndicatorCatalogue
    let now: @Sendable () -> Date
    let disclosure: IndicatorDisclosure

    /// Creates the export with the node's disclosure control (``IndicatorDisclosure``).
    public init(
        store: NodeStore, catalogue: IndicatorCatalogue = .standard, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.catalogue = catalogue
        self.now = now
        disclosure = IndicatorDisclosure(catalogue: catalogue)
    }

    /// Runs one export for `regionCode` over `weekCount` weeks.
    public func run(regionCode: String, weekCount: Int) throws -> IndicatorExportReport {
        guard let lastWeek = try store.lastActivityWeek() else {
            return IndicatorExportReport(weeks: nil, computed: 0, unavailable: 0, suppressed: 0, enqueued: 0)
        }
        let weeks = lastWeek.adding(weeks: -(max(1, weekCount) - 1))...lastWeek
        let input = try input(regionCode: regionCode, weeks: weeks)
        let computation = IndicatorComputer(catalogue: catalogue).compute(input, weeks: weeks)
        let values = computation.results.compactMap(\.value).map(Self.wireValue)
        let date = now()
        var suppressed = 0
        // The gate runs inside the outbox transaction, against the ledger as committed, and what it lets out is
        // recorded in the same transaction (a revision check is only as good as the ledger it reads).
        let enqueued = try store.writeIndicatorExport(at: date) { lastExported, ledger in
            let outcome = disclosure.protect(values, ledger: ledger)
            suppressed = outcome.values.filter(\.suppressed).count
            let writes = try IndicatorExporter(gate: { _ in outcome.values }).writes(
                for: values, lastExported: lastExported)
            return (writes, outcome.records(at: Self.timestamp(date)))
        }
        return IndicatorExportReport(
            weeks: weeks, computed: values.count, unavailable: computation.results.count - values.count,
            suppressed: suppressed, enqueued: enqueued)
    }

    /// What one read of ``input(regionCode:weeks:)`` contributes to the input.
    private typealias InputPart = @Sendable (inout IndicatorInput) -> Void

    /// The node's data for `weeks` as the indicator computer reads it. The sources are independent reads, done
    /// side by side (the pool reads concurrently) and applied in a fixed order.
    func input(regionCode: String, weeks: ClosedRange<ISOWeek>) throws -> IndicatorInput {
        let master = try store.masterData()
        var input = IndicatorInput(regionCode: regionCode, planningObjects: master.planningObjects)
        input.resources = master.resources
        input.limitingResourceCodes = Set(master.resources.filter(\.isLimiting).map(\.code))
        let reads: [@Sendable () throws -> InputPart] = [
            { try activityPart(weeks: weeks) }, { try plannedPart(weeks: weeks) }, { try waitsPart(weeks: weeks) },
            { try capacityPart(master: master, weeks: weeks) },
        ]
        let parts = ParallelChunks.map(reads, concurrency: ProcessInfo.processInfo.activeProcessorCount) { chunk in
            chunk.map { read in Result { try read() } }
        }
        for part in parts { try part.get()(&input) }
        return input
    }

    private func activityPart(weeks: ClosedRange<ISOWeek>) throws -> InputPart {
        let inflow = try series(.inflow, source: .inflow, weeks: weeks)
        let production = try series(.production, source: .production, weeks: weeks)
        let cancellations = try series(.cancellations, source: .cancellations, weeks: weeks)
        let occupiedBedDays = try series(.occupiedBedDays, source: .occupiedBedDays, weeks: weeks)
        return { input in
            input.inflow = inflow
            input.production = production
            input.cancellations = cancellations
            input.occupiedBedDays = occupiedBedDays
        }
    }

    private func plannedPart(weeks: ClosedRange<ISOWeek>) throws -> InputPart {
        let plans = try FollowUpService(store: store, now: now).followedPlans().map(\.plan)
        let planned = plans.isEmpty ? nil : ObservedWeeklySeries(plans: plans)
        let forecasts = try store.inflowForecastsMadeBefore(weeks)
        var forecast: ObservedWeeklySeries?
        if !forecasts.isEmpty {
            var series = ObservedWeeklySeries(coveredWeeks: Set(forecasts.map(\.week)))
            for value in forecasts {
                try series.add(value.mean, object: value.objectCode, week: value.week, source: .inflowForecast)
            }
            forecast = series
        }
        return { [forecast] input in
            input.plannedProduction = planned
            input.inflowForecast = forecast
        }
    }

    private func waitsPart(weeks: ClosedRange<ISOWeek>) throws -> InputPart {
        let snapshots = try store.waitingDays(from: weeks.lowerBound.monday, through: weeks.upperBound.sunday)
        // Only the weeks from the feed's first to its last: a month the feed began in the middle of is
        // incomplete, not a month with few treated.
        let completed = try store.completedWaitDays(in: weeks).map { completed in
            CompletedWaits(
                countsByWeek: completed.countsByWeek,
                coveredWeeks: covered(weeks, upTo: completed.held.upperBound).filter {
                    $0 >= completed.held.lowerBound
                })
        }
        return { input in
            if !snapshots.isEmpty { input.waitingSnapshots = snapshots }
            input.completedWaits = completed
        }
    }

    private func capacityPart(master: RegionMasterData, weeks: ClosedRange<ISOWeek>) throws -> InputPart {
        let records = try store.capacityRecords()
        let capacity = records.filter { weeks.contains($0.week) }
        var resourceUse: [ResourceUseFactor]?
        if master.resources.contains(where: \.isLimiting), !master.planningObjects.isEmpty {
            // The same kapacitetsåtgång the plans balance with: the estimate, then the analysts' overrides.
            let grid = try PlanningGrid(
                tree: OrganisationTree(units: master.units), resources: master.resources,
                objects: master.planningObjects, startWeek: weeks.lowerBound, weekCount: 1)
            let (use, _) = try PlanBaselineBuilder.resourceUse(
                grid: grid, objects: master.planningObjects, records: records, store: store)
            resourceUse = ResourceUseFactor.factors(from: use, grid: grid)
        }
        return { [resourceUse] input in
            if !capacity.isEmpty { input.capacity = capacity }
            if let resourceUse { input.resourceUse = resourceUse }
        }
    }

    /// The weeks of `weeks` up to `last`: a feed covers every week up to its last imported one (files leave out
    /// empty weeks, so a quiet week inside the data is a zero, not a gap).
    private func covered(_ weeks: ClosedRange<ISOWeek>, upTo last: ISOWeek) -> Set<ISOWeek> {
        Set(IndicatorComputer.periods(of: .week, in: weeks).flatMap(\.weeks).filter { $0 <= last })
    }

    /// A weekly series over `weeks`; a week counts as covered when it is not after the series' last imported week
    /// (feeds leave out zero rows, so a quiet week inside the data is a zero, not a gap).
    private func series(
        _ series: ActivitySeries, source: IndicatorDataSource, weeks: ClosedRange<ISOWeek>
    ) throws -> ObservedWeeklySeries? {
        let counts = try store.weeklyCounts(series, from: weeks.lowerBound).filter { $0.week <= weeks.upperBound }
        guard let last = counts.map(\.week).max() else { return nil }
        return try ObservedWeeklySeries(source: source, counts: counts, coveredWeeks: covered(weeks, upTo: last))
    }

    /// `date` as an ISO 8601 timestamp in UTC, as the ledger records it.
    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// The wire form of a computed value (counts carry their count as numerator, rates both parts).
    static func wireValue(_ value: PlanningDomain.IndicatorValue) -> WireProtocol.IndicatorValue {
        WireProtocol.IndicatorValue(
            regionCode: value.key.regionCode, indicatorID: value.key.indicatorID,
            definitionVersion: value.key.definitionVersion, group: value.key.group,
            period: value.key.period.description, numerator: value.numerator, denominator: value.denominator,
            value: value.value)
    }
}
