/// One patient waiting, as of a snapshot date. Carries no identity: only the planning object and the dates.
public struct WaitingEntry: Hashable, Sendable, Codable {
    /// The planning object's code.
    public var planningObjectCode: String
    /// The day waiting started (the date the care guarantee counts from).
    public var waitingSince: CivilDate
    /// Medicinskt måldatum, when the region sets one.
    public var medicalTargetDate: CivilDate?
    /// Medical priority code, when given per entry (overrides the planning object's).
    public var priority: String?

    /// Creates an entry.
    public init(planningObjectCode: String, waitingSince: CivilDate, medicalTargetDate: CivilDate?, priority: String?) {
        self.planningObjectCode = planningObjectCode
        self.waitingSince = waitingSince
        self.medicalTargetDate = medicalTargetDate
        self.priority = priority
    }

    /// Days waited at `date` (0 on the first day).
    public func daysWaited(at date: CivilDate) -> Int { CivilDate.days(from: waitingSince, to: date) }
}

/// The waiting list of the whole region as extracted on one date.
public struct WaitingListSnapshot: Sendable, Codable {
    /// The extraction date.
    public var date: CivilDate
    /// Every waiting entry.
    public var entries: [WaitingEntry]

    /// Creates a snapshot.
    public init(date: CivilDate, entries: [WaitingEntry]) {
        self.date = date
        self.entries = entries
    }
}
