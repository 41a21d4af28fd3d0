/// Patients who joined the waiting list in the same ISO week with the same medical priority.
public struct WaitingCohort: Sendable, Hashable, Codable {
    /// Medical priority rank: 1 is the most urgent (P1), larger numbers less urgent.
    public var priority: Int
    /// The week they joined.
    public var joined: ISOWeek
    /// How many are waiting (fractional while simulating planned volumes).
    public var count: Double

    /// Creates a cohort.
    public init(priority: Int, joined: ISOWeek, count: Double) {
        self.priority = priority
        self.joined = joined
        self.count = count
    }

    /// Whole weeks waited at the end of `week` (0 in the week of joining).
    public func weeksWaited(at week: ISOWeek) -> Int { ISOWeek.weeks(from: joined, to: week) }
}

/// Which patients capacity goes to first.
public enum ServicePolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// The most urgent priority first, first come first served within a priority (the usual rule).
    case priorityThenFIFO
    /// The longest waiters first, whatever their priority ("prioritera långväntare").
    case longestWaitingFirst

    /// Swedish name for planners.
    public var swedishName: String {
        switch self {
        case .priorityThenFIFO: "medicinsk prioritet, sedan turordning"
        case .longestWaitingFirst: "längst väntande först"
        }
    }
}
