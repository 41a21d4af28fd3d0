import PlanningDomain

/// A forward capacity plan (kapacitetsplan) for part of the region: the next ``horizonWeeks`` weeks after the
/// history for every second enhet, as a region would import its staffing schedule ahead.
///
/// Each week starts from the same ISO week a year earlier (its planned hours and absence share), then the plan's
/// own decision: more vacation and closure in high summer (weeks 28–31 lose another 15 % of planned staff time,
/// rooms and beds close 15 % more). So a plan that uses the capacity plan differs from one that projects last year
/// forward exactly where a planner should see it.
enum CapacityPlanBuilder {
    /// Weeks of plan after the last history week: 53, so a plan of twelve rolling months is covered also when it
    /// spans an ISO year with 53 weeks.
    static let horizonWeeks = 53
    /// The high-summer weeks with extra planned vacation or closure.
    static let summerWeeks = 28...31

    static func build(history: [CapacityRecord], lastWeek: ISOWeek, leafCodes: [String]) -> [CapacityRecord] {
        let planned = Set(leafCodes.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        var byKey: [String: CapacityRecord] = [:]
        for record in history where planned.contains(record.unitCode) {
            byKey["\(record.unitCode)|\(record.resourceCode)|\(record.week.key)"] = record
        }
        let pairs = Set(history.filter { planned.contains($0.unitCode) }.map { "\($0.unitCode)|\($0.resourceCode)" })
        var result: [CapacityRecord] = []
        for pair in pairs.sorted() {
            let parts = pair.split(separator: "|").map(String.init)
            for offset in 1...horizonWeeks {
                let week = lastWeek.adding(weeks: offset)
                // The same ISO week a year earlier; past the history's end (a 53rd plan week), a year and a week.
                let candidates = [
                    ISOWeek(year: week.year - 1, week: week.week) ?? ISOWeek(year: week.year - 1, week: week.week - 1),
                    week.adding(weeks: -53),
                ]
                guard let base = candidates.lazy.compactMap({ $0.flatMap { byKey["\(pair)|\($0.key)"] } }).first
                else { continue }
                let hours = base.planned
                var absenceShare = base.planned > 0 ? base.absence / base.planned : 0
                if summerWeeks.contains(week.week) { absenceShare = min(0.95, absenceShare + 0.15) }
                let absence = min(hours, (hours * absenceShare * 2).rounded() / 2)
                result.append(
                    CapacityRecord(
                        unitCode: parts[0], resourceCode: parts[1], week: week, planned: hours, absence: absence))
            }
        }
        return result
    }
}
