/// The waits that ended in a set of weeks, as patients per planning object and days waited for each week, with
/// the weeks the node has data for (a covered week without entries means nobody was treated).
public struct CompletedWaits: Hashable, Sendable {
    /// Per ISO week the care was given in: patients per object and days waited.
    public let countsByWeek: [ISOWeek: [WaitedDaysCount]]
    /// The weeks the node has data for.
    public let coveredWeeks: Set<ISOWeek>

    /// Creates the set from individual waits; coverage defaults to the ISO weeks the waits ended in.
    ///
    /// - Throws: ``IndicatorInputError/waitEndsBeforeStart(object:waitingSince:performedOn:)`` for the first wait
    ///   that ends before it starts.
    public init(entries: [CompletedWait], coveredWeeks: Set<ISOWeek>? = nil) throws(IndicatorInputError) {
        if let bad = entries.first(where: { $0.performedOn < $0.waitingSince }) {
            throw .waitEndsBeforeStart(
                object: bad.planningObjectCode, waitingSince: bad.waitingSince, performedOn: bad.performedOn)
        }
        let byWeek = Dictionary(grouping: entries, by: \.performedWeek)
        self.countsByWeek = byWeek.mapValues { waits in
            WaitedDaysCount.counting(waits.lazy.map { ($0.planningObjectCode, $0.daysWaited) })
        }
        self.coveredWeeks = coveredWeeks ?? Set(byWeek.keys)
    }

    /// Creates the set from counts already reduced (days waited ≥ 0).
    public init(countsByWeek: [ISOWeek: [WaitedDaysCount]], coveredWeeks: Set<ISOWeek>) {
        self.countsByWeek = countsByWeek
        self.coveredWeeks = coveredWeeks
    }
}
