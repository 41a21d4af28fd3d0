/// Why a week could not be broken down into days. ``message`` is Swedish, for planners.
public enum DailyPlanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The week lies outside the plan.
    case weekOutsidePlan(week: ISOWeek, start: ISOWeek, end: ISOWeek)
    /// The plan has no such planning object.
    case unknownObject(object: String, scope: String)
    /// A weekday weight is negative, infinite or not a number.
    case invalidWeight(weekday: Weekday, weight: Double)
    /// Every opening day that remains has weight 0.
    case zeroWeights(week: ISOWeek, days: [Weekday])
    /// No opening day is left in the week once holidays are removed.
    case noOpeningDay(week: ISOWeek, object: String, openingDays: Set<Weekday>, holidays: [HolidayDate])

    /// A stable code for logs and APIs, e.g. "daily_plan.no_opening_day".
    public var code: String {
        switch self {
        case .weekOutsidePlan: "daily_plan.week_outside_plan"
        case .unknownObject: "daily_plan.unknown_object"
        case .invalidWeight: "daily_plan.invalid_weight"
        case .zeroWeights: "daily_plan.zero_weights"
        case .noOpeningDay: "daily_plan.no_opening_day"
        }
    }

    /// A Swedish sentence naming the week, the days and the fix.
    public var message: String {
        switch self {
        case let .weekOutsidePlan(week, start, end):
            "\(PlanText.week(week)) ligger utanför produktionsplanen, som gäller \(start) till \(end)."
        case let .unknownObject(object, scope):
            "Planeringsobjektet \(object) finns inte i produktionsplanen för \(scope)."
        case let .invalidWeight(weekday, weight):
            "Vikten för \(weekday.swedishName) är \(PlanText.number(weight, decimals: 3)); "
                + "vikter måste vara 0 eller större."
        case let .zeroWeights(week, days):
            "Alla öppna dagar \(PlanText.week(week)) (\(days.map(\.swedishName).joined(separator: ", "))) "
                + "har vikten 0. Ge minst en öppen dag en vikt större än 0."
        case let .noOpeningDay(week, object, openingDays, holidays):
            "\(PlanText.week(week)) har ingen öppen dag för \(object): "
                + Self.describe(openingDays: openingDays, holidays: holidays)
                + " Flytta veckans volym till en annan vecka eller lägg till en öppen dag."
        }
    }

    /// The Swedish ``message``.
    public var description: String { message }

    private static func describe(openingDays: Set<Weekday>, holidays: [HolidayDate]) -> String {
        if openingDays.isEmpty { return "inga öppetdagar är angivna." }
        let days = openingDays.sorted { $0.rawValue < $1.rawValue }.map(\.swedishName).joined(separator: ", ")
        guard !holidays.isEmpty else { return "öppetdagarna (\(days)) saknas i veckan." }
        let names = holidays.map { "\($0.holiday.swedishName) \($0.date)" }.joined(separator: ", ")
        return "öppetdagarna (\(days)) är helgdagar (\(names))."
    }
}
