import Foundation
public import NodeStore
public import PlanningDomain

/// The follow-up measures beside plan vs outcome: inflow vs the forecast that stood before each week, available
/// capacity as reported vs as forecast, the waiting list vs the agreed plan's projection, and the care-guarantee
/// figures as reported to SKR. Each is computed for the whole region once per database change (the node's
/// read-model cache) and then cut to a scope, so a region with thousands of planning objects stays fast.
public struct FollowUpMeasuresService: Sendable {
    let store: NodeStore
    /// Which weeks are low-production weeks.
    public var calendar: LowProductionCalendar
    /// The care-guarantee limit in days (90; shorter for some groups).
    public var limitDays: Int
    /// Weeks of inflow followed, counted back from the latest imported inflow week.
    public var inflowWeeks: Int

    /// Creates the service with the standard low-production calendar, a 90-day limit and a year of inflow.
    public init(
        store: NodeStore, calendar: LowProductionCalendar = .standard, limitDays: Int = 90, inflowWeeks: Int = 52
    ) {
        self.store = store
        self.calendar = calendar
        self.limitDays = limitDays
        self.inflowWeeks = inflowWeeks
    }

    // MARK: - Inflow vs forecast

    /// Inflow per planning object and week against the forecast of the latest run made before that week, over the
    /// last ``inflowWeeks`` weeks of imported inflow. Object-weeks without such a forecast are left out; a
    /// forecast week without an inflow row counts as zero inflow (feeds leave out zero rows).
    ///
    /// - Throws: ``FollowUpServiceError`` `follow_up.no_forecast` when no week has both.
    public func inflow() throws -> InflowForecastFollowUp {
        try store.cache.value("follow-up-inflow \(calendar.rules) \(inflowWeeks)") { try computeInflow() }
    }

    private func computeInflow() throws -> InflowForecastFollowUp {
        let noInflow = FollowUpServiceError(
            code: "follow_up.no_inflow", description: "Inget inflöde är importerat. Importera inflödesflödet.")
        guard let lastActivity = try store.lastActivityWeek() else { throw noInflow }
        let start = lastActivity.adding(weeks: -(max(1, inflowWeeks) - 1))
        let counts = try store.weeklyCounts(.inflow, from: start)
        guard let last = counts.map(\.week).max() else { throw noInflow }
        let window = start...last
        let forecasts = try store.inflowForecastsMadeBefore(window)
        guard let first = forecasts.map(\.week).min() else {
            throw FollowUpServiceError(
                code: "follow_up.no_forecast",
                description:
                    "Ingen inflödesprognos gjordes före veckorna \(window.lowerBound)–\(last). Kör en prognos; "
                    + "när nästa veckas inflöde är importerat kan den följas upp.")
        }
        var actual: [String: [ISOWeek: Int]] = [:]
        for count in counts where window.contains(count.week) {
            actual[count.planningObjectCode, default: [:]][count.week] = count.count
        }
        let master = try store.masterData()
        do {
            var series = try PlannedActualSeries<String>(aggregation: .flow, from: first, through: last)
            for value in forecasts {
                try series.addPlanned(value.mean, key: value.objectCode, week: value.week)
                try series.addActual(
                    Double(actual[value.objectCode]?[value.week] ?? 0), key: value.objectCode, week: value.week)
            }
            let figures = try ObjectFollowUp(
                series: series, objects: master.planningObjects, tree: try tree(), calendar: calendar)
            return InflowForecastFollowUp(figures: figures, weeks: first...last)
        } catch let error as FollowUpError {
            throw FollowUpServiceError(code: "follow_up.invalid", description: "\(error)")
        }
    }

    // MARK: - Capacity

    /// Available capacity per unit, resource and week as it stood before the week began against the value reported
    /// afterwards (see ``NodeStore/capacityRevisionPairs()``).
    ///
    /// - Throws: ``FollowUpServiceError`` `follow_up.no_capacity_revision` when no capacity row has both.
    public func capacity() throws -> CapacityForecastFollowUp {
        try store.cache.value("follow-up-capacity \(calendar.rules)") { try computeCapacity() }
    }

    private func computeCapacity() throws -> CapacityForecastFollowUp {
        let pairs = try store.capacityRevisionPairs()
        guard let first = pairs.map(\.actual.week).min(), let last = pairs.map(\.actual.week).max() else {
            throw FollowUpServiceError(
                code: "follow_up.no_capacity_revision",
                description: "Ingen kapacitet har både en prognos från före veckan och ett utfall rapporterat efter "
                    + "att veckan började. Importera kapacitetsflödet i förväg (prognos) och igen efter veckorna "
                    + "med faktisk frånvaro (utfall).")
        }
        let master = try store.masterData()
        do {
            let followUp = try CapacityFollowUp(
                forecast: pairs.map(\.forecast), actual: pairs.map(\.actual), tree: try tree(), calendar: calendar,
                from: first, through: last)
            return CapacityForecastFollowUp(
                followUp: followUp,
                resources: Dictionary(master.resources.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first }),
                rowCount: pairs.count)
        } catch let error as FollowUpError {
            throw FollowUpServiceError(code: "follow_up.invalid", description: "\(error)")
        }
    }

    // MARK: - Waiting lists

    /// The waiting list per planning object at each snapshot taken during an agreed plan, against the plan's
    /// projection: the list of the latest snapshot before the plan's first week, the inflow forecast that stood
    /// before that week joining, the plan's volumes treated (priority, then first in first out).
    ///
    /// - Throws: ``FollowUpServiceError`` `follow_up.no_agreed_plan` or `follow_up.no_start_snapshot`.
    public func waitingLists() throws -> WaitingListFollowUp {
        try store.cache.value("follow-up-waiting \(calendar.rules) \(limitDays)") { try computeWaitingLists() }
    }

    private func computeWaitingLists() throws -> WaitingListFollowUp {
        let plans = try FollowUpService(store: store, now: { Date() }).followedPlans()
        guard let first = plans.map(\.plan.startWeek).min(), let last = plans.map(\.plan.endWeek).max() else {
            throw FollowUpServiceError(
                code: "follow_up.no_agreed_plan",
                description: "Det finns ingen överenskommen produktionsplan vars väntelista kan följas upp.")
        }
        let master = try store.masterData()
        let ranks = Dictionary(
            master.planningObjects.map { ($0.code, Int($0.medicalPriority.filter(\.isNumber)) ?? 1) },
            uniquingKeysWith: { first, _ in first })
        let dates = try store.waitingSnapshotDates()
        var projected: [FollowUpValue] = []
        var starts: [Int64: CivilDate] = [:]
        for followed in plans {
            let plan = followed.plan
            guard let start = dates.last(where: { $0 < plan.startWeek.monday }) else { continue }
            starts[followed.id] = start
            var initial: [String: [ISOWeek: Double]] = [:]
            for group in try store.waitingGroups(on: start) {
                initial[group.objectCode, default: [:]][ISOWeek(containing: group.waitingSince), default: 0] +=
                    Double(group.count)
            }
            var forecast: [String: [ISOWeek: Double]] = [:]
            for value in try store.inflowForecastStanding(before: plan.startWeek) {
                forecast[value.objectCode, default: [:]][value.week] = value.mean
            }
            for code in plan.objectCodes {
                let rank = ranks[code] ?? 1
                let byWeek = forecast[code] ?? [:]
                // As the plan pages do: a week the forecast does not reach gets its mean.
                let average = byWeek.isEmpty ? 0 : byWeek.values.reduce(0, +) / Double(byWeek.count)
                let simulation = WaitingListSimulation(
                    startWeek: plan.startWeek,
                    initial: (initial[code] ?? [:]).sorted { $0.key < $1.key }.map {
                        WaitingCohort(priority: rank, joined: $0.key, count: $0.value)
                    },
                    inflow: plan.weeks.map { [rank: byWeek[$0] ?? average] },
                    capacity: plan.weeks.map { plan.volume(of: code, in: $0) ?? 0 },
                    limit: Quantity(Double(limitDays)))
                for simulated in simulation.run().weeks {
                    projected.append(
                        FollowUpValue(planningObjectCode: code, week: simulated.week, value: simulated.waiting))
                }
            }
        }
        guard !starts.isEmpty else {
            throw FollowUpServiceError(
                code: "follow_up.no_start_snapshot",
                description: "Ingen väntelista är importerad från före planens första vecka, så planen projicerade "
                    + "ingen väntelista att jämföra med.")
        }
        let planned = Set(plans.filter { starts[$0.id] != nil }.flatMap(\.plan.objectCodes))
        let counts = try store.waitingCountsPerSnapshot(from: first.monday, through: last.sunday)
        // Of two snapshots in one week the later counts (as the domain's waiting-list follow-up does).
        var perWeek: [ISOWeek: CivilDate] = [:]
        for date in counts.keys.sorted() { perWeek[ISOWeek(containing: date)] = date }
        do {
            var series = try PlannedActualSeries<String>(aggregation: .stock, from: first, through: last)
            for value in projected {
                try series.addPlanned(value.value, key: value.planningObjectCode, week: value.week)
            }
            for (week, date) in perWeek.sorted(by: { $0.key < $1.key }) {
                let snapshot = counts[date] ?? [:]
                for code in planned.sorted() {
                    try series.addActual(Double(snapshot[code] ?? 0), key: code, week: week)
                }
            }
            let figures = try ObjectFollowUp(
                series: series, objects: master.planningObjects, tree: try tree(), calendar: calendar)
            return WaitingListFollowUp(
                figures: figures, plans: plans.filter { starts[$0.id] != nil }, startSnapshots: starts,
                snapshotDates: perWeek.values.sorted())
        } catch let error as FollowUpError {
            throw FollowUpServiceError(code: "follow_up.invalid", description: "\(error)")
        }
    }

    // MARK: - Care guarantee

    /// Care-guarantee figures for the objects under `scope` (see ``CareGuaranteeSummary``).
    public func careGuarantee(scope: String) throws -> CareGuaranteeSummary {
        try store.cache.value("follow-up-care-guarantee \(scope) \(limitDays)") {
            let data = try store.cache.value("follow-up-care-guarantee-data") { try careGuaranteeData() }
            let tree = try tree()
            guard tree.units[scope] != nil else {
                throw FollowUpServiceError(
                    code: "follow_up.unknown_unit", description: "Enheten \"\(scope)\" finns inte.")
            }
            do {
                return try data.summary(
                    scope: scope, limitDays: limitDays, objects: try store.masterData().planningObjects, tree: tree)
            } catch let error as FollowUpError {
                throw FollowUpServiceError(code: "follow_up.invalid", description: "\(error)")
            }
        }
    }

    private func careGuaranteeData() throws -> CareGuaranteeData {
        let dates = try store.waitingSnapshotDates()
        guard let last = dates.last else { return CareGuaranteeData(snapshotDates: [], latest: [], departures: []) }
        var data = CareGuaranteeData(snapshotDates: dates, latest: try store.waitingGroups(on: last), departures: [])
        // Departures are needed for the year to date and the last completed month, which may lie in December.
        let from = min(
            CivilDate(year: last.year, month: 1, day: 1)!, data.lastCompletedMonth?.firstDay ?? last)
        for (earlier, later) in zip(dates, dates.dropFirst()) where later >= from {
            data.departures.append(
                (
                    SnapshotInterval(earlier: earlier, later: later),
                    try store.leftWaitingList(between: earlier, and: later)
                ))
        }
        let weeks = ISOWeek(containing: from)...ISOWeek(containing: last)
        if let completed = try store.completedWaits(in: weeks) {
            data.completed = (completed.waits, completed.held.lowerBound.monday...completed.held.upperBound.sunday)
        }
        return data
    }

    private func tree() throws -> OrganisationTree {
        guard let tree = try store.organisationTree() else {
            throw FollowUpServiceError(
                code: "follow_up.no_organisation",
                description: "Ingen organisation är importerad ännu. Importera enheter först.")
        }
        return tree
    }
}
