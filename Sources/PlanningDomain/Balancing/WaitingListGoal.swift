/// A goal for one planning object's waiting list, met by producing more than the inflow until a given week.
///
/// The extra production is spread evenly over the weeks from the grid's start week through `deadline`
/// inclusive, as in ``QueueRules/reliefCapacity(demand:queue:targetQueue:weeksToTarget:)``:
/// need = inflow + (current − target) / weeks. A list already at or below its target adds nothing (the goal
/// never plans for a longer list).
public struct WaitingListGoal: Sendable, Hashable {
    /// What the list must reach.
    public enum Target: Sendable, Hashable {
        /// A list size, in patients.
        case size(Quantity<Patients>)
        /// "p % within T": converted to a list size with ``QueueRules/targetQueueSize(demand:target:)``, using
        /// the mean forecast inflow until the deadline as demand.
        case wait(TargetWait)
    }

    /// The planning object's code.
    public var objectCode: String
    /// Patients waiting now (at the start of the grid's first week).
    public var current: Quantity<Patients>
    /// The target.
    public var target: Target
    /// The last week of the effort: the target is to be reached at its end.
    public var deadline: ISOWeek

    /// Creates a goal.
    public init(objectCode: String, current: Quantity<Patients>, target: Target, deadline: ISOWeek) {
        self.objectCode = objectCode
        self.current = current
        self.target = target
        self.deadline = deadline
    }

    /// Creates a goal with a deadline date (the goal runs to the end of the ISO week containing it).
    public init(objectCode: String, current: Quantity<Patients>, target: Target, by date: CivilDate) {
        self.init(objectCode: objectCode, current: current, target: target, deadline: ISOWeek(containing: date))
    }
}
