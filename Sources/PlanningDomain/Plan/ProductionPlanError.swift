/// Why a change to a ``ProductionPlan`` was refused. ``message`` is Swedish, for planners.
public enum ProductionPlanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A volume was negative, infinite or not a number.
    case invalidVolume(object: String, week: ISOWeek, value: Double)
    /// The week lies outside the plan's weeks.
    case weekOutsidePlan(week: ISOWeek, start: ISOWeek, end: ISOWeek)
    /// The plan has no such planning object.
    case unknownObject(object: String, scope: String)
    /// A list of weekly values did not have one value per plan week.
    case wrongWeekCount(object: String, expected: Int, actual: Int)
    /// A profile weight was negative, infinite or not a number, or all weights were zero.
    case invalidProfile(object: String, reason: String)
    /// A floor was negative, infinite or not a number.
    case invalidFloor(object: String, floor: Double)
    /// The object's total is too small to give every week the floor.
    case floorExceedsTotal(object: String, floor: Double, weekCount: Int, total: Double)

    /// A stable code for logs and APIs, e.g. "plan.floor_exceeds_total".
    public var code: String {
        switch self {
        case .invalidVolume: "plan.invalid_volume"
        case .weekOutsidePlan: "plan.week_outside_plan"
        case .unknownObject: "plan.unknown_object"
        case .wrongWeekCount: "plan.wrong_week_count"
        case .invalidProfile: "plan.invalid_profile"
        case .invalidFloor: "plan.invalid_floor"
        case .floorExceedsTotal: "plan.floor_exceeds_total"
        }
    }

    /// A Swedish sentence naming the value, the place and the fix.
    public var message: String {
        switch self {
        case let .invalidVolume(object, week, value):
            "Planerad volym för \(object) \(PlanText.week(week)) är \(PlanText.number(value, decimals: 3)); "
                + "volymen måste vara ett tal som är 0 eller större."
        case let .weekOutsidePlan(week, start, end):
            "\(PlanText.week(week)) ligger utanför planen, som gäller \(start) till \(end). "
                + "Välj en vecka inom planperioden."
        case let .unknownObject(object, scope):
            "Planeringsobjektet \(object) finns inte i produktionsplanen för \(scope). "
                + "Lägg till objektet genom att ange en volym för det."
        case let .wrongWeekCount(object, expected, actual):
            "Planeringsobjektet \(object) fick \(actual) veckovärden men planen har \(expected) veckor. "
                + "Ange ett värde per vecka."
        case let .invalidProfile(object, reason):
            "Veckoprofilen för \(object) kan inte användas: \(reason)"
        case let .invalidFloor(object, floor):
            "Lägsta veckovolym för \(object) är \(PlanText.number(floor, decimals: 3)); "
                + "den måste vara ett tal som är 0 eller större."
        case let .floorExceedsTotal(object, floor, weekCount, total):
            "Lägsta aktivitet \(PlanText.number(floor)) per vecka i \(weekCount) veckor kräver "
                + "\(PlanText.number(floor * Double(weekCount))) för \(object), men planen har bara "
                + "\(PlanText.number(total)) totalt. Sänk golvet eller öka planens totala volym."
        }
    }

    /// The Swedish ``message``.
    public var description: String { message }
}
