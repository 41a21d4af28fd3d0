public import PlanningDomain

/// Where one plan week's available capacity came from, counted over the (unit, resource) pairs in the plan's scope
/// that have any capacity data.
public struct PlanCapacityWeek: Sendable, Hashable {
    /// How a week's capacity is known, taken over all its pairs.
    public enum Source: String, Sendable, Hashable, CaseIterable {
        /// Every pair has the capacity feed's own row for the week: the region's imported capacity plan.
        case plan
        /// Some pairs from the capacity plan, the rest projected from history.
        case mixed
        /// Every pair projected from history (the same week a year or two earlier, or the recent mean).
        case projected
        /// No capacity data at all in the scope.
        case none

        /// Swedish label for texts and tables.
        public var swedishLabel: String {
            switch self {
            case .plan: "kapacitetsplan (importerad)"
            case .mixed: "delvis kapacitetsplan, delvis framskriven"
            case .projected: "framskriven från historik"
            case .none: "ingen kapacitetsdata"
            }
        }
    }

    /// The plan week.
    public var week: ISOWeek
    /// Pairs whose figure is the feed's own row for this week.
    public var fromPlan: Int
    /// Pairs projected from the same ISO week one or two years earlier.
    public var fromEarlierYear: Int
    /// Pairs projected from the mean of the last eight weeks before the plan.
    public var fromRecentMean: Int

    /// Creates a week's count.
    public init(week: ISOWeek, fromPlan: Int, fromEarlierYear: Int, fromRecentMean: Int) {
        self.week = week
        self.fromPlan = fromPlan
        self.fromEarlierYear = fromEarlierYear
        self.fromRecentMean = fromRecentMean
    }

    /// The week's source taken over all pairs.
    public var source: Source {
        let projected = fromEarlierYear + fromRecentMean
        if fromPlan == 0 && projected == 0 { return .none }
        if projected == 0 { return .plan }
        return fromPlan == 0 ? .projected : .mixed
    }
}
