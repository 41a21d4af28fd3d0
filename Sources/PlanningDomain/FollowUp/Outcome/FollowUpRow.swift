/// What a follow-up figure is about: one planning object, or an organisation unit with everything below it.
public enum FollowUpScope: Hashable, Sendable, Codable {
    /// One planning object, by code.
    case object(String)
    /// An organisation unit (region, förvaltning, verksamhet or enhet) and all units below it, by code.
    case unit(String)

    /// The code of the object or unit.
    public var code: String {
        switch self {
        case .object(let code), .unit(let code): code
        }
    }
}

/// One line of a follow-up table: a scope, its name and its figures for a period.
public struct FollowUpRow: Hashable, Sendable {
    /// The object or unit.
    public var scope: FollowUpScope
    /// Its display name.
    public var name: String
    /// The unit's level; nil for a planning object.
    public var level: OrganisationLevel?
    /// Planned and actual, split into normal and low-production weeks.
    public var figures: PlannedActualSplit

    /// Creates a row.
    public init(scope: FollowUpScope, name: String, level: OrganisationLevel?, figures: PlannedActualSplit) {
        self.scope = scope
        self.name = name
        self.level = level
        self.figures = figures
    }
}

/// One planned, forecast or projected value for a planning object and week (e.g. a forecast's mean inflow).
public struct FollowUpValue: Hashable, Sendable, Codable {
    /// The planning object's code.
    public var planningObjectCode: String
    /// The ISO week.
    public var week: ISOWeek
    /// The value.
    public var value: Double

    /// Creates a value.
    public init(planningObjectCode: String, week: ISOWeek, value: Double) {
        self.planningObjectCode = planningObjectCode
        self.week = week
        self.value = value
    }
}
