public import NodeStore
public import PlanningDomain

/// Care-guarantee lines for a scope, shaped like the monthly report to SKR ("Väntetider i vården"): the scope's
/// total, one line per specialty and one per unit on the level below the scope.
public struct CareGuaranteeLines: Sendable {
    /// The scope as one line.
    public var total: CareGuaranteeFigures
    /// One line per specialty.
    public var bySpecialty: [CareGuaranteeFigures]
    /// One line per unit on the level below the scope (the scope itself when it has no level below).
    public var byUnit: [CareGuaranteeFigures]
}

/// Two consecutive waiting-list snapshots; patients on the earlier one and not on the later one left the list
/// between them.
public struct SnapshotInterval: Sendable, Hashable {
    /// The earlier snapshot's date.
    public var earlier: CivilDate
    /// The later snapshot's date.
    public var later: CivilDate
    /// Days between them.
    public var days: Int { CivilDate.days(from: earlier, to: later) }
}

/// Waits that ended in a period: the patients who left the waiting list between consecutive snapshots whose later
/// snapshot falls in the period.
///
/// When the node holds the `genomförda` feed (completed waits, with the day each was performed) for the whole
/// period, the figures are exact and both bounds are the same. Otherwise they come from the snapshots, and
/// waiting-list entries carry no identity:
/// a patient is matched across two snapshots by planning object and waiting-start day, and the day they left is
/// known only to lie between the two snapshots. So the figures come as a range: ``counted`` measures each wait to
/// the later snapshot (the longest it can have been, so its share within the limit is a lower bound), ``earliest``
/// to the day after the earlier snapshot (an upper bound). Patients who left without being treated (withdrawn,
/// treated elsewhere) are counted too: the snapshots cannot tell them apart.
public struct CareGuaranteeTreated: Sendable {
    /// A Swedish label, e.g. "september 2025" or "hittills i år (2025)".
    public var label: String
    /// The snapshot intervals counted.
    public var intervals: [SnapshotInterval]
    /// Waits measured to the later snapshot (share within the limit: the lower bound).
    public var counted: CareGuaranteeLines
    /// Waits measured to the day after the earlier snapshot (share within the limit: the upper bound).
    public var earliest: CareGuaranteeLines
    /// Where the waits come from.
    public var source: Source = .snapshots

    /// Where a period's completed waits come from.
    public enum Source: String, Sendable {
        /// Left the list between two snapshots: a lower and an upper bound.
        case snapshots
        /// The `genomförda` feed: exact, `counted` and `earliest` are the same.
        case completedWaits
    }
}

/// The care-guarantee figures of a scope.
public struct CareGuaranteeSummary: Sendable {
    /// The limit in days.
    public var limitDays: Int
    /// The latest snapshot's date; nil when no waiting list is imported.
    public var snapshotDate: CivilDate?
    /// Waiting at the latest snapshot, and how many at most the limit.
    public var waiting: CareGuaranteeLines?
    /// Waits ended in the last month whose end a snapshot covers.
    public var lastMonth: CareGuaranteeTreated?
    /// Waits ended from 1 January of the latest snapshot's year up to it.
    public var yearToDate: CareGuaranteeTreated?
}

/// The waiting-list data the care-guarantee figures come from, read once per database change.
struct CareGuaranteeData: Sendable {
    var snapshotDates: [CivilDate]
    var latest: [WaitingGroup]
    var departures: [(interval: SnapshotInterval, groups: [WaitingGroup])]
    /// Completed waits (`genomförda`) from the year-to-date's first day, and the days the feed covers (the
    /// Monday of its first imported week to the Sunday of its last); nil when the node has none.
    var completed: (waits: [CompletedWait], covered: ClosedRange<CivilDate>)? = nil

    /// The last month a snapshot covers to its end: the latest snapshot's month when it is taken on the month's
    /// last day, else the month before.
    var lastCompletedMonth: YearMonth? {
        guard let last = snapshotDates.last else { return nil }
        let month = YearMonth(containing: last)
        return last == month.lastDay ? month : month.adding(months: -1)
    }

    /// The summary for the objects under `scope`.
    func summary(
        scope: String, limitDays: Int, objects: [PlanningObject], tree: OrganisationTree
    ) throws -> CareGuaranteeSummary {
        let report = try CareGuaranteeReport(limit: Quantity(Double(limitDays)), objects: objects, tree: tree)
        let units = Set(tree.subtree(of: scope))
        let inScope = Set(objects.filter { units.contains($0.unitCode) }.map(\.code))
        let level = tree.units[scope]?.level ?? .region
        let below = OrganisationLevel(rawValue: min(level.rawValue + 1, OrganisationLevel.unit.rawValue)) ?? .unit
        func lines(_ make: (CareGuaranteeGrouping) throws -> [CareGuaranteeFigures]) throws -> CareGuaranteeLines {
            let total =
                try make(.unit(level)).first
                ?? CareGuaranteeFigures(group: scope, name: tree.units[scope]?.name ?? scope, total: 0, withinLimit: 0)
            return CareGuaranteeLines(total: total, bySpecialty: try make(.specialty), byUnit: try make(.unit(below)))
        }
        var summary = CareGuaranteeSummary(limitDays: limitDays, snapshotDate: snapshotDates.last)
        if let date = snapshotDates.last {
            let entries = latest.filter { inScope.contains($0.objectCode) }.flatMap { group in
                repeatElement(
                    WaitingEntry(
                        planningObjectCode: group.objectCode, waitingSince: group.waitingSince, medicalTargetDate: nil,
                        priority: nil), count: group.count)
            }
            let snapshot = WaitingListSnapshot(date: date, entries: entries)
            summary.waiting = try lines { try report.waiting(snapshot, by: $0) }
        }
        guard let last = snapshotDates.last else { return summary }
        if let month = lastCompletedMonth {
            summary.lastMonth = try treated(
                month.swedishLabel, from: month.firstDay, through: month.lastDay, inScope: inScope, report: report,
                lines: lines)
        }
        summary.yearToDate = try treated(
            "hittills i år (\(last.year))", from: CivilDate(year: last.year, month: 1, day: 1)!, through: last,
            inScope: inScope, report: report, lines: lines)
        return summary
    }

    private func treated(
        _ label: String, from first: CivilDate, through last: CivilDate, inScope: Set<String>,
        report: CareGuaranteeReport,
        lines: ((CareGuaranteeGrouping) throws -> [CareGuaranteeFigures]) throws -> CareGuaranteeLines
    ) throws -> CareGuaranteeTreated? {
        if let completed, completed.covered.contains(first), completed.covered.contains(last) {
            let waits = completed.waits.filter {
                $0.performedOn >= first && $0.performedOn <= last && inScope.contains($0.planningObjectCode)
            }
            let exact = try lines { try report.performed(waits, in: DateSpan(firstDay: first, lastDay: last), by: $0) }
            return CareGuaranteeTreated(
                label: label, intervals: [], counted: exact, earliest: exact, source: .completedWaits)
        }
        let chosen = departures.filter { $0.interval.later >= first && $0.interval.later <= last }
        guard !chosen.isEmpty else { return nil }
        var counted: [CompletedWait] = []
        var earliest: [CompletedWait] = []
        for (interval, groups) in chosen {
            for group in groups where inScope.contains(group.objectCode) {
                let dayAfter = interval.earlier.adding(days: 1)
                for _ in 0..<group.count {
                    counted.append(
                        CompletedWait(
                            planningObjectCode: group.objectCode, waitingSince: group.waitingSince,
                            performedOn: interval.later))
                    earliest.append(
                        CompletedWait(
                            planningObjectCode: group.objectCode, waitingSince: group.waitingSince,
                            performedOn: max(group.waitingSince, dayAfter)))
                }
            }
        }
        // The intervals were chosen by their later snapshot; the span only has to hold every performed date.
        let span = DateSpan(
            firstDay: min(first, chosen.map { $0.interval.earlier }.min() ?? first), lastDay: last)
        return CareGuaranteeTreated(
            label: label, intervals: chosen.map { $0.interval },
            counted: try lines { try report.performed(counted, in: span, by: $0) },
            earliest: try lines { try report.performed(earliest, in: span, by: $0) })
    }
}

/// A span of days, as a calendar period for ``CareGuaranteeReport/performed(_:in:by:)``.
struct DateSpan: CalendarPeriod {
    var firstDay: CivilDate
    var lastDay: CivilDate
    var description: String { "\(firstDay)–\(lastDay)" }
    static func < (lhs: DateSpan, rhs: DateSpan) -> Bool { (lhs.firstDay, lhs.lastDay) < (rhs.firstDay, rhs.lastDay) }
}
