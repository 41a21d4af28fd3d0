/// A new request or offer as it travels in an ``ExchangeMessage``: what care, how much, when and how far.
public struct ExchangePostingTerms: Codable, Hashable, Sendable {
    /// The specialty ("Ortopedi").
    public var specialty: String
    /// The planning-object group within it, if any.
    public var planningObjectGroup: String?
    /// What is counted: `visits`, `operations` or `bedDays`.
    public var unit: String
    /// How many (a positive whole number).
    public var count: Int
    /// The first week (`2026-W10`).
    public var firstWeek: String
    /// The last week (`2026-W14`), not before `firstWeek`.
    public var lastWeek: String
    /// `high`, `normal` or `low` (requests only; absent: `normal`).
    public var priority: String?
    /// `neighbours`, `healthcareRegion` or `national`.
    public var radius: String
    /// Free-text conditions (Swedish), if any.
    public var conditions: String?

    /// Creates posting terms.
    public init(
        specialty: String, planningObjectGroup: String? = nil, unit: String, count: Int, firstWeek: String,
        lastWeek: String, priority: String? = nil, radius: String, conditions: String? = nil
    ) {
        self.specialty = specialty
        self.planningObjectGroup = planningObjectGroup
        self.unit = unit
        self.count = count
        self.firstWeek = firstWeek
        self.lastWeek = lastWeek
        self.priority = priority
        self.radius = radius
        self.conditions = conditions
    }
}
