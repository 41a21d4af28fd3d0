/// How a care-guarantee report is broken down.
public enum CareGuaranteeGrouping: Hashable, Sendable, Codable {
    /// One line for the whole region.
    case region
    /// One line per specialty (the planning objects' ``PlanningObject/specialty``).
    case specialty
    /// One line per organisation unit at a level: each object counts under the unit at that level above its
    /// producing unit (or under its own unit when that lies above the level).
    case unit(OrganisationLevel)
    /// One line per planning object.
    case planningObject
}

/// One line of a care-guarantee report (as reported monthly to SKR, "Väntetider i vården"): how many, and how
/// many within the limit (90 days unless shortened).
public struct CareGuaranteeFigures: Hashable, Sendable, Codable {
    /// The group's key: the region or unit code, the specialty or the planning object code.
    public var group: String
    /// The group's display name.
    public var name: String
    /// Patients waiting (or waits completed).
    public var total: Int
    /// Of those, waiting (or waited) at most the limit.
    public var withinLimit: Int

    /// Creates a line.
    public init(group: String, name: String, total: Int, withinLimit: Int) {
        self.group = group
        self.name = name
        self.total = total
        self.withinLimit = withinLimit
    }

    /// Patients beyond the limit.
    public var overLimit: Int { total - withinLimit }

    /// The share within the limit as a fraction; nil when nobody is counted.
    public var shareWithinLimit: Double? { total > 0 ? Double(withinLimit) / Double(total) : nil }
}
