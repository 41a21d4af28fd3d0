/// Where a weekly production plan does not add up to a production goal.
public struct GoalDeviation: Hashable, Sendable {
    /// How the plan deviates.
    public enum Kind: Hashable, Sendable {
        /// The plan is below the goal by more than the tolerance.
        case belowGoal
        /// The plan is above the goal by more than the tolerance.
        case aboveGoal
        /// The plan covers only some of the goal period's weeks, so the goal cannot be checked in full.
        case partialCoverage(coveredWeeks: Int, periodWeeks: Int)
    }

    /// The goal.
    public var goal: ProductionGoal
    /// How the plan deviates.
    public var kind: Kind
    /// The plan's total for the goal's objects over the period's weeks that the plan covers.
    public var planned: Double
    /// `planned − goal.volume`: negative below the goal.
    public var difference: Double
    /// `difference / goal.volume`, or nil when the goal volume is 0.
    public var relativeDifference: Double?
    /// A Swedish warning for planners.
    public var message: String

    /// Creates a deviation.
    public init(
        goal: ProductionGoal, kind: Kind, planned: Double, difference: Double, relativeDifference: Double?,
        message: String
    ) {
        self.goal = goal
        self.kind = kind
        self.planned = planned
        self.difference = difference
        self.relativeDifference = relativeDifference
        self.message = message
    }
}
