/// Available capacity of one resource at one unit in one ISO week, in the resource's measure.
public struct CapacityRecord: Hashable, Sendable, Codable {
    /// The unit's code.
    public var unitCode: String
    /// The resource's code.
    public var resourceCode: String
    /// The ISO week.
    public var week: ISOWeek
    /// Planned (gross) capacity before absences: e.g. headcount × FTE × hours per full-time week.
    public var planned: Double
    /// Absence (vacation, sickness, education) in the same measure; never more than `planned`.
    public var absence: Double

    /// Creates a record.
    public init(unitCode: String, resourceCode: String, week: ISOWeek, planned: Double, absence: Double) {
        self.unitCode = unitCode
        self.resourceCode = resourceCode
        self.week = week
        self.planned = planned
        self.absence = absence
    }

    /// Available (net) capacity: planned minus absence.
    public var available: Double { planned - absence }
}
