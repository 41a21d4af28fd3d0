extension ObjectFollowUp {
    /// Plan vs outcome: the plans' weekly volumes against the production counts, over `first...last` (normally up
    /// to the latest week with outcome). A planned week without an outcome counts as 0 produced; production of an
    /// object without a plan counts against a plan of 0.
    ///
    /// - Throws: ``FollowUpError/overlappingPlans(object:week:scopes:)`` when two plans cover the same object and
    ///   week inside the window; ``FollowUpError/unknownObject(code:source:)`` for an unknown object.
    public static func production(
        plans: [ProductionPlan], outcomes: [WeeklyCount], objects: [PlanningObject], tree: OrganisationTree,
        calendar: LowProductionCalendar, from first: ISOWeek, through last: ISOWeek
    ) throws(FollowUpError) -> ObjectFollowUp {
        var series = try PlannedActualSeries<String>(aggregation: .flow, from: first, through: last)
        var plannedBy: [String: [ISOWeek: String]] = [:]
        for plan in plans {
            for code in plan.objectCodes {
                for week in plan.weeks where week >= first && week <= last {
                    if let other = plannedBy[code]?[week] {
                        throw .overlappingPlans(object: code, week: week, scopes: [other, plan.scope].sorted())
                    }
                    plannedBy[code, default: [:]][week] = plan.scope
                    try series.addPlanned(plan.volume(of: code, in: week) ?? 0, key: code, week: week)
                }
            }
        }
        for count in outcomes {
            try series.addActual(Double(count.count), key: count.planningObjectCode, week: count.week)
        }
        return try ObjectFollowUp(series: series, objects: objects, tree: tree, calendar: calendar)
    }

    /// Inflow vs forecast: the forecast's weekly values (planned) against the inflow counts (actual).
    public static func inflow(
        forecast: [FollowUpValue], inflow: [WeeklyCount], objects: [PlanningObject], tree: OrganisationTree,
        calendar: LowProductionCalendar, from first: ISOWeek, through last: ISOWeek
    ) throws(FollowUpError) -> ObjectFollowUp {
        var series = try PlannedActualSeries<String>(aggregation: .flow, from: first, through: last)
        for value in forecast {
            try series.addPlanned(value.value, key: value.planningObjectCode, week: value.week)
        }
        for count in inflow {
            try series.addActual(Double(count.count), key: count.planningObjectCode, week: count.week)
        }
        return try ObjectFollowUp(series: series, objects: objects, tree: tree, calendar: calendar)
    }

    /// Waiting list actual vs projected: the projected number waiting per object and week against the number of
    /// entries in the snapshots. A snapshot counts for the ISO week of its date; of two snapshots in one week the
    /// later one counts. The series is a stock: a month compares the latest week with both figures.
    public static func waitingList(
        projected: [FollowUpValue], snapshots: [WaitingListSnapshot], objects: [PlanningObject],
        tree: OrganisationTree, calendar: LowProductionCalendar, from first: ISOWeek, through last: ISOWeek
    ) throws(FollowUpError) -> ObjectFollowUp {
        var series = try PlannedActualSeries<String>(aggregation: .stock, from: first, through: last)
        for value in projected {
            try series.addPlanned(value.value, key: value.planningObjectCode, week: value.week)
        }
        var latestPerWeek: [ISOWeek: WaitingListSnapshot] = [:]
        for snapshot in snapshots {
            let week = ISOWeek(containing: snapshot.date)
            if let kept = latestPerWeek[week], kept.date >= snapshot.date { continue }
            latestPerWeek[week] = snapshot
        }
        let known = Set(objects.map(\.code))
        for (week, snapshot) in latestPerWeek.sorted(by: { $0.key < $1.key }) {
            var counts: [String: Int] = [:]
            for entry in snapshot.entries { counts[entry.planningObjectCode, default: 0] += 1 }
            // Objects with nobody waiting still have an actual value: zero.
            for code in known where counts[code] == nil { counts[code] = 0 }
            for (code, count) in counts.sorted(by: { $0.key < $1.key }) {
                guard known.contains(code) else { throw .unknownObject(code: code, source: "väntelistan") }
                try series.addActual(Double(count), key: code, week: week)
            }
        }
        return try ObjectFollowUp(series: series, objects: objects, tree: tree, calendar: calendar)
    }
}
