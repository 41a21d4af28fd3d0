public import PlanningDomain

/// Forecast accuracy over all followed weeks, and over normal and low-production weeks apart (a forecast can be
/// good in ordinary weeks and poor around summer and Christmas; mixing them hides both).
public struct ForecastAccuracySplit: Sendable {
    /// All weeks.
    public var all: ForecastAccuracy?
    /// Normal weeks only.
    public var normalWeeks: ForecastAccuracy?
    /// Low-production weeks only.
    public var lowProductionWeeks: ForecastAccuracy?

    /// The accuracy of weekly totals, split by `calendar`.
    public init(_ weekly: [(week: ISOWeek, figures: PlannedActual)], calendar: LowProductionCalendar) {
        all = ForecastAccuracy(weekly.map(\.figures))
        normalWeeks = ForecastAccuracy(weekly.filter { !calendar.isLowProduction($0.week) }.map(\.figures))
        lowProductionWeeks = ForecastAccuracy(weekly.filter { calendar.isLowProduction($0.week) }.map(\.figures))
    }

    /// The accuracy for one kind of week.
    public func accuracy(for kind: FollowUpWeekKind) -> ForecastAccuracy? {
        kind == .normal ? normalWeeks : lowProductionWeeks
    }
}

/// One row of a forecast follow-up: a unit or a planning object, its totals and its forecast accuracy.
public struct ForecastFollowUpRow: Sendable {
    /// The unit or object code.
    public var code: String
    /// Its name.
    public var name: String
    /// Whether the row is a planning object (else a unit).
    public var isObject: Bool
    /// Forecast (planned) and actual over the followed weeks.
    public var figures: PlannedActual
    /// Accuracy of the weekly values, normal and low-production weeks apart.
    public var accuracy: ForecastAccuracySplit
}

/// Inflow against the inflow forecast that stood before each week (made from history ending before it).
public struct InflowForecastFollowUp: Sendable {
    /// Forecast (planned) and actual inflow per planning object and week; only object-weeks that had a forecast.
    public var figures: ObjectFollowUp
    /// The weeks followed.
    public var weeks: ClosedRange<ISOWeek>

    /// Weekly forecast and actual inflow of `unit`'s subtree, over the weeks that had a forecast.
    public func weekly(unit: String) throws -> [(week: ISOWeek, figures: PlannedActual)] {
        figures.series.weeklyWithData(of: try figures.objectCodes(in: .unit(unit)).sorted())
    }

    /// Accuracy of `unit`'s weekly totals, normal and low-production weeks apart.
    public func accuracy(unit: String) throws -> ForecastAccuracySplit {
        ForecastAccuracySplit(try weekly(unit: unit), calendar: figures.calendar)
    }

    /// One row per child unit of `unit`, then one per planning object directly or indirectly under it
    /// (objects sorted by the largest mean absolute error first).
    public func rows(under unit: String) throws -> (units: [ForecastFollowUpRow], objects: [ForecastFollowUpRow]) {
        let calendar = figures.calendar
        let units = figures.tree.children(of: unit).sorted().map { child in
            let weekly = (try? weekly(unit: child)) ?? []
            return ForecastFollowUpRow(
                code: child, name: figures.tree.units[child]?.name ?? child, isObject: false,
                figures: weekly.reduce(.zero) { $0 + $1.figures },
                accuracy: ForecastAccuracySplit(weekly, calendar: calendar))
        }
        // Per object straight from the series: linear in the objects (no per-object subtree filtering).
        let series = figures.series
        let objects = try figures.objectCodes(in: .unit(unit)).sorted().compactMap { code -> ForecastFollowUpRow? in
            guard series.cells[code] != nil else { return nil }
            let weekly = series.weeklyWithData(of: [code])
            return ForecastFollowUpRow(
                code: code, name: figures.objects[code]?.name ?? code, isObject: true,
                figures: weekly.reduce(.zero) { $0 + $1.figures },
                accuracy: ForecastAccuracySplit(weekly, calendar: calendar))
        }
        let ranked = objects.sorted {
            ($0.accuracy.all?.meanAbsoluteError ?? 0, $1.code) > ($1.accuracy.all?.meanAbsoluteError ?? 0, $0.code)
        }
        return (units, ranked)
    }
}

/// One resource's available capacity, forecast against actual, for a unit's subtree.
public struct CapacityResourceRow: Sendable {
    /// The resource.
    public var resource: Resource
    /// Forecast (planned) and actual available capacity, normal and low-production weeks apart.
    public var figures: PlannedActualSplit
    /// Accuracy of the weekly values, normal and low-production weeks apart.
    public var accuracy: ForecastAccuracySplit
}

/// Available capacity (planned − absence) as forecast before each week against what was reported afterwards.
public struct CapacityForecastFollowUp: Sendable {
    /// The comparison; nil when no capacity row was both forecast before its week and reported after it began.
    public var followUp: CapacityFollowUp?
    /// The resources by code.
    public var resources: [String: Resource]
    /// The unit–resource–week rows compared.
    public var rowCount: Int

    /// One row per resource with figures under `unit`, by resource code.
    public func rows(unit: String) throws -> [CapacityResourceRow] {
        guard let followUp else { return [] }
        let units = Set(followUp.tree.subtree(of: unit))
        let codes = Set(followUp.series.keys.filter { units.contains($0.unitCode) }.map(\.resourceCode))
        return codes.sorted().map { code in
            let resource = resources[code] ?? Resource(code: code, name: code, kind: .staff, measure: .hours)
            let keys = followUp.series.keys.filter { units.contains($0.unitCode) && $0.resourceCode == code }
            let weekly = followUp.series.weeklyWithData(of: keys)
            let low = weekly.filter { followUp.calendar.isLowProduction($0.week) }
            let normal = weekly.filter { !followUp.calendar.isLowProduction($0.week) }
            let figures = PlannedActualSplit(
                all: weekly.reduce(.zero) { $0 + $1.figures }, normalWeeks: normal.reduce(.zero) { $0 + $1.figures },
                lowProductionWeeks: low.reduce(.zero) { $0 + $1.figures }, normalWeekCount: normal.count,
                lowProductionWeekCount: low.count)
            return CapacityResourceRow(
                resource: resource, figures: figures,
                accuracy: ForecastAccuracySplit(weekly, calendar: followUp.calendar))
        }
    }

    /// Weekly forecast and actual available capacity of one resource under `unit`, over the weeks compared.
    public func weekly(unit: String, resource: String) -> [(week: ISOWeek, figures: PlannedActual)] {
        guard let followUp else { return [] }
        let units = Set(followUp.tree.subtree(of: unit))
        return followUp.series.weeklyWithData(
            of: followUp.series.keys.filter { units.contains($0.unitCode) && $0.resourceCode == resource })
    }
}

/// The waiting list as it turned out against what the agreed plan projected.
public struct WaitingListFollowUp: Sendable {
    /// Projected (planned) and actual waiting per object and week: a stock, compared at the snapshot weeks.
    public var figures: ObjectFollowUp
    /// The plans whose projection is followed.
    public var plans: [FollowedPlan]
    /// The snapshot each plan's projection started from (by plan id); absent when the plan had none before it.
    public var startSnapshots: [Int64: CivilDate]
    /// The snapshots compared, oldest first.
    public var snapshotDates: [CivilDate]

    /// Per snapshot week: projected and actual waiting for `unit`'s subtree (objects of a followed plan only).
    public func comparisons(unit: String) throws -> [(week: ISOWeek, figures: PlannedActual)] {
        let codes = try figures.objectCodes(in: .unit(unit)).sorted()
        let weeks = Set(snapshotDates.map { ISOWeek(containing: $0) })
        return figures.series.weekly(of: codes).filter { weeks.contains($0.week) && $0.figures != .zero }
    }

    /// The projected list of `unit`'s subtree for every followed week (the line a plan drew).
    public func projected(unit: String) throws -> [(week: ISOWeek, waiting: Double)] {
        let codes = try figures.objectCodes(in: .unit(unit)).sorted()
        let series = figures.series
        return series.weeks.map { week in
            (week, codes.reduce(0) { $0 + (series.cells[$1]?[week]?.planned ?? 0) })
        }
    }

    /// Projected and actual at the latest compared snapshot, per planning object under `unit`.
    public func objectRows(under unit: String) throws -> [(code: String, name: String, figures: PlannedActual)] {
        let series = figures.series
        return try figures.objectCodes(in: .unit(unit)).sorted().compactMap { code in
            let total = series.total(of: [code]) { _ in true }
            guard series.cells[code] != nil, total != .zero else { return nil }
            return (code, figures.objects[code]?.name ?? code, total)
        }
    }
}

extension PlannedActualSeries {
    /// Totals over `selected` keys for the weeks where at least one of them has a value: a week nobody forecast
    /// is not a week with zero error.
    func weeklyWithData(of selected: [Key]) -> [(week: ISOWeek, figures: PlannedActual)] {
        var byWeek: [ISOWeek: PlannedActual] = [:]
        for key in selected {
            for (week, cell) in cells[key] ?? [:] {
                byWeek[week] =
                    (byWeek[week] ?? .zero) + PlannedActual(planned: cell.planned ?? 0, actual: cell.actual ?? 0)
            }
        }
        return byWeek.sorted { $0.key < $1.key }.map { (week: $0.key, figures: $0.value) }
    }
}
