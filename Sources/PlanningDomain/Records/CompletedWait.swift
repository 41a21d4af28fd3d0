/// A wait that ended with the care being given (a first visit or a treatment) — no identity, only dates.
public struct CompletedWait: Hashable, Sendable, Codable {
    /// The planning object's code.
    public var planningObjectCode: String
    /// The day waiting started (the date the care guarantee counts from).
    public var waitingSince: CivilDate
    /// The day the visit or treatment was performed.
    public var performedOn: CivilDate

    /// Creates a completed wait.
    public init(planningObjectCode: String, waitingSince: CivilDate, performedOn: CivilDate) {
        self.planningObjectCode = planningObjectCode
        self.waitingSince = waitingSince
        self.performedOn = performedOn
    }

    /// The ISO week the care was given in.
    public var performedWeek: ISOWeek { ISOWeek(containing: performedOn) }

    /// Days waited (0 when performed on the first day).
    public var daysWaited: Int { CivilDate.days(from: waitingSince, to: performedOn) }
}
