/// A weekly series per planning object (inflow, production, plan, forecast, cancellations, bed-days) together
/// with the weeks the node has data for.
///
/// Within a covered week a planning object without a value counts as zero (feeds leave out empty rows); a week
/// outside ``coveredWeeks`` is unknown, and an indicator that needs it is reported as not available.
public struct ObservedWeeklySeries: Hashable, Sendable {
    /// The weeks the node has data for.
    public private(set) var coveredWeeks: Set<ISOWeek>
    /// Values per planning-object code and week; absent means zero within a covered week.
    public private(set) var values: [String: [ISOWeek: Double]] = [:]

    /// An empty series covering `coveredWeeks` (all zero there).
    public init(coveredWeeks: Set<ISOWeek>) {
        self.coveredWeeks = coveredWeeks
    }

    /// A series from weekly counts. Coverage defaults to the weeks that occur in `counts`.
    ///
    /// - Throws: ``IndicatorInputError/invalidValue(source:object:week:value:)`` for a negative count.
    public init(
        source: IndicatorDataSource, counts: [WeeklyCount], coveredWeeks: Set<ISOWeek>? = nil
    ) throws(IndicatorInputError) {
        self.init(coveredWeeks: coveredWeeks ?? Set(counts.map(\.week)))
        for count in counts {
            try add(Double(count.count), object: count.planningObjectCode, week: count.week, source: source)
        }
    }

    /// The planned volumes of one or more production plans. Coverage is the weeks every plan covers, so a week is
    /// only known when all of the region's plans say something about it.
    public init(plans: [ProductionPlan]) {
        var covered: Set<ISOWeek>? = nil
        for plan in plans {
            let weeks = Set(plan.weeks)
            covered = covered.map { $0.intersection(weeks) } ?? weeks
        }
        self.init(coveredWeeks: covered ?? [])
        for plan in plans {
            for object in plan.objectCodes {
                for (index, week) in plan.weeks.enumerated() {
                    // Plan volumes are validated finite and non-negative by ProductionPlan.
                    values[object, default: [:]][week, default: 0] += plan.volumes[object]![index]
                }
            }
        }
    }

    /// Adds `value` to the object's week (values for the same object and week are summed), and covers the week.
    ///
    /// - Throws: ``IndicatorInputError/invalidValue(source:object:week:value:)`` for a negative or non-finite
    ///   value; `source` only names the series in that message.
    public mutating func add(
        _ value: Double, object: String, week: ISOWeek, source: IndicatorDataSource
    ) throws(IndicatorInputError) {
        guard value.isFinite, value >= 0 else {
            throw .invalidValue(source: source, object: object, week: week, value: value)
        }
        coveredWeeks.insert(week)
        values[object, default: [:]][week, default: 0] += value
    }

    /// The value of `object` in `week` (zero when absent).
    public func value(object: String, week: ISOWeek) -> Double {
        values[object]?[week] ?? 0
    }

    /// The first of `weeks` that is not covered, or nil when all are.
    func firstUncovered(_ weeks: [ISOWeek]) -> ISOWeek? {
        weeks.first { !coveredWeeks.contains($0) }
    }
}
