/// A balancing action as stored with a plan version: the planner's inputs, not the computed effect.
///
/// The application turns it into a domain `BalancingAction` against the plan's grid; storing the inputs keeps
/// the row readable and lets a later version of the rules recompute the effect.
public struct PlanActionRecord: Codable, Hashable, Sendable {
    /// The kind: move-capacity, add-capacity, buy-care, postpone or efficiency.
    public var type: String
    /// The planner's name for the action.
    public var name: String
    /// The unit capacity moves from.
    public var fromUnit: String?
    /// The unit capacity moves to or is added at.
    public var toUnit: String?
    /// The resource code.
    public var resource: String?
    /// First week of the action.
    public var firstWeek: String?
    /// Last week of the action (inclusive).
    public var lastWeek: String?
    /// Hours per week (capacity actions).
    public var hours: Double?
    /// The planning object code.
    public var object: String?
    /// Volume per week (bought care).
    public var volume: Double?
    /// Share postponed (0–1).
    public var share: Double?
    /// Weeks postponed.
    public var byWeeks: Int?
    /// Minutes saved per unit of production (efficiency).
    public var minutes: Double?
    /// Whether an efficiency gain is realised.
    public var realised: Bool

    /// Creates a record.
    public init(
        type: String, name: String, fromUnit: String? = nil, toUnit: String? = nil, resource: String? = nil,
        firstWeek: String? = nil, lastWeek: String? = nil, hours: Double? = nil, object: String? = nil,
        volume: Double? = nil, share: Double? = nil, byWeeks: Int? = nil, minutes: Double? = nil,
        realised: Bool = false
    ) {
        self.type = type
        self.name = name
        self.fromUnit = fromUnit
        self.toUnit = toUnit
        self.resource = resource
        self.firstWeek = firstWeek
        self.lastWeek = lastWeek
        self.hours = hours
        self.object = object
        self.volume = volume
        self.share = share
        self.byWeeks = byWeeks
        self.minutes = minutes
        self.realised = realised
    }
}
