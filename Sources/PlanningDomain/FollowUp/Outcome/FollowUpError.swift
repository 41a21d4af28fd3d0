/// Why follow-up figures could not be built. ``message`` is Swedish, for planners.
public enum FollowUpError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The window's last week is before its first.
    case emptyWindow(from: ISOWeek, through: ISOWeek)
    /// A value is NaN or infinite.
    case nonFiniteValue(code: String, week: ISOWeek)
    /// Figures name a planning object that is not in the master data.
    case unknownObject(code: String, source: String)
    /// A planning object names a unit that is not in the organisation tree.
    case unknownUnit(object: String, unit: String)
    /// A unit or object asked about is not known.
    case unknownScope(String)
    /// Two plans both plan the same object in the same week, so the plan to follow up against is ambiguous.
    case overlappingPlans(object: String, week: ISOWeek, scopes: [String])
    /// A wait ends (or is measured) before it started.
    case negativeWait(object: String, since: CivilDate, until: CivilDate)

    /// A stable code for logs and APIs, e.g. "follow_up.unknown_object".
    public var code: String {
        switch self {
        case .emptyWindow: "follow_up.empty_window"
        case .nonFiniteValue: "follow_up.non_finite_value"
        case .unknownObject: "follow_up.unknown_object"
        case .unknownUnit: "follow_up.unknown_unit"
        case .unknownScope: "follow_up.unknown_scope"
        case .overlappingPlans: "follow_up.overlapping_plans"
        case .negativeWait: "follow_up.negative_wait"
        }
    }

    /// A Swedish sentence naming the value, the place and the fix.
    public var message: String {
        switch self {
        case let .emptyWindow(from, through):
            "Uppföljningsperioden \(from)–\(through) är tom: sista veckan ligger före första. Byt ordning på veckorna."
        case let .nonFiniteValue(code, week):
            "Värdet för \(code) vecka \(week) är inte ett tal (NaN eller oändligt). Rätta underlaget."
        case let .unknownObject(code, source):
            "Planeringsobjektet \(code) i \(source) finns inte bland planeringsobjekten. "
                + "Importera objektet eller rätta koden."
        case let .unknownUnit(object, unit):
            "Planeringsobjektet \(object) hör till enheten \(unit), som inte finns i organisationsträdet. "
                + "Lägg till enheten eller flytta objektet."
        case let .unknownScope(code):
            "\(code) är varken en enhet i organisationsträdet eller ett planeringsobjekt."
        case let .overlappingPlans(object, week, scopes):
            "Planeringsobjektet \(object) är planerat vecka \(week) i flera planer (\(scopes.joined(separator: ", "))). "
                + "Följ upp mot en plan per objekt."
        case let .negativeWait(object, since, until):
            "En väntan för \(object) börjar \(since) men slutar eller mäts redan \(until). "
                + "Rätta väntetidens startdatum i underlaget."
        }
    }

    /// The Swedish ``message``.
    public var description: String { message }
}
