/// One finished wait: a patient on the list of a planning object was treated (or had the first visit). Carries no
/// identity, only dates.
public struct CompletedWait: Hashable, Sendable, Codable {
    /// The planning object's code.
    public var planningObjectCode: String
    /// The day waiting started.
    public var waitingSince: CivilDate
    /// The day the wait ended by treatment.
    public var completedOn: CivilDate

    /// Creates a completed wait.
    public init(planningObjectCode: String, waitingSince: CivilDate, completedOn: CivilDate) {
        self.planningObjectCode = planningObjectCode
        self.waitingSince = waitingSince
        self.completedOn = completedOn
    }

    /// Days waited (0 when treated the day waiting started).
    public var daysWaited: Int { CivilDate.days(from: waitingSince, to: completedOn) }
}
