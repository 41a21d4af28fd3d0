/// The waiting list shared by a group of planning objects, for comparing scenarios: its current cohorts and
/// how it is simulated. Inflow and production come from the scenario.
public struct WaitingListGroup: Sendable, Hashable {
    /// Name shown to planners.
    public var name: String
    /// The planning objects whose inflow joins, and whose production treats, this list.
    public var objectCodes: [String]
    /// The list at the start of the horizon.
    public var initial: [WaitingCohort]
    /// Priority rank given to new inflow.
    public var priority: Int
    /// Share of the list leaving each week without treatment.
    public var withdrawalRate: Double
    /// The care-guarantee limit.
    public var limit: Quantity<Days>

    /// Creates a group.
    public init(
        name: String, objectCodes: [String], initial: [WaitingCohort], priority: Int = 1, withdrawalRate: Double = 0,
        limit: Quantity<Days> = Quantity(90)
    ) {
        self.name = name
        self.objectCodes = objectCodes
        self.initial = initial
        self.priority = priority
        self.withdrawalRate = withdrawalRate
        self.limit = limit
    }
}
