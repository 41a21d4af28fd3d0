public import PlanningDomain

/// Available capacity per plan week and where it came from: the capacity feed's own row for the week (the
/// region's capacity plan, imported ahead), else the same ISO week one or two years earlier, else the mean of the
/// feed's last eight weeks before the plan's first week (or of its last eight when it has none before).
public struct CapacityProjection: Sendable {
    /// One record per (unit, resource) with any data, per plan week.
    public var records: [CapacityRecord]
    /// Per plan week, how many pairs each source gave.
    public var weeks: [PlanCapacityWeek]

    /// Projects `records` (the feed, history and plan alike) onto the plan's `weeks`.
    public init(_ feed: [CapacityRecord], onto weeks: [ISOWeek]) {
        var byPair: [String: [String: [ISOWeek: Double]]] = [:]
        for record in feed {
            byPair[record.unitCode, default: [:]][record.resourceCode, default: [:]][record.week] = record.available
        }
        var counts = [(plan: Int, earlier: Int, mean: Int)](repeating: (0, 0, 0), count: weeks.count)
        var result: [CapacityRecord] = []
        let first = weeks.first
        for (unit, byResource) in byPair.sorted(by: { $0.key < $1.key }) {
            for (resource, values) in byResource.sorted(by: { $0.key < $1.key }) {
                let sorted = values.keys.sorted()
                // Why before the plan: a capacity plan imported ahead would otherwise be its own "history".
                let before = first.map { start in sorted.filter { $0 < start } } ?? sorted
                let recent = (before.isEmpty ? sorted : before).suffix(8)
                let fallback = recent.isEmpty ? 0 : recent.reduce(0) { $0 + values[$1]! } / Double(recent.count)
                for (index, week) in weeks.enumerated() {
                    let value: Double
                    if let own = values[week] {
                        value = own
                        counts[index].plan += 1
                    } else if let earlier = [1, 2].lazy.compactMap({ years -> Double? in
                        let candidate =
                            ISOWeek(year: week.year - years, week: week.week)
                            ?? ISOWeek(year: week.year - years, week: week.week - 1)
                        return candidate.flatMap { values[$0] }
                    }).first {
                        value = earlier
                        counts[index].earlier += 1
                    } else {
                        value = fallback
                        counts[index].mean += 1
                    }
                    result.append(
                        CapacityRecord(unitCode: unit, resourceCode: resource, week: week, planned: value, absence: 0))
                }
            }
        }
        records = result
        self.weeks = zip(weeks, counts).map { week, count in
            PlanCapacityWeek(
                week: week, fromPlan: count.plan, fromEarlierYear: count.earlier, fromRecentMean: count.mean)
        }
    }
}
