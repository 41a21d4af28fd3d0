/// Something in the node's data that the computation had to leave out. The computation still completes; the
/// warnings tell the production analyst what to fix. ``message`` is Swedish.
public enum IndicatorInputWarning: Hashable, Sendable, Comparable {
    /// Data names a planning object that is not among the input's planning objects; its rows were left out.
    case unknownPlanningObject(code: String, source: IndicatorDataSource)
    /// Capacity of a unit could not be given a specialty (its planning objects span several specialties, or it
    /// has none); its capacity was left out.
    case unattributedCapacity(unitCode: String, specialties: [String])
    /// Capacity or resource use names a resource that is not among the input's resources; it was left out.
    case unknownResource(code: String)

    /// A stable code, e.g. "indicator.unknown_planning_object".
    public var code: String {
        switch self {
        case .unknownPlanningObject: "indicator.unknown_planning_object"
        case .unattributedCapacity: "indicator.unattributed_capacity"
        case .unknownResource: "indicator.unknown_resource"
        }
    }

    /// A Swedish sentence naming the value and the fix.
    public var message: String {
        switch self {
        case let .unknownPlanningObject(code, source):
            "Planeringsobjektet \(code) i \(source.swedishName) finns inte bland planeringsobjekten; raderna "
                + "räknades inte. Lägg till objektet eller rätta koden."
        case let .unattributedCapacity(unit, specialties) where specialties.isEmpty:
            "Kapaciteten för enheten \(unit) räknades inte: enheten har inga planeringsobjekt. "
                + "Ange vilken specialitet enhetens kapacitet hör till."
        case let .unattributedCapacity(unit, specialties):
            "Kapaciteten för enheten \(unit) räknades inte: enheten har planeringsobjekt i flera specialiteter ("
                + specialties.joined(separator: ", ") + "). Ange vilken specialitet enhetens kapacitet hör till."
        case let .unknownResource(code):
            "Resursen \(code) finns inte bland resurserna; dess kapacitet och åtgång räknades inte."
        }
    }

    /// Orders by code, then by the named value, for a stable report.
    public static func < (lhs: IndicatorInputWarning, rhs: IndicatorInputWarning) -> Bool {
        (lhs.code, lhs.sortKey) < (rhs.code, rhs.sortKey)
    }

    private var sortKey: String {
        switch self {
        case let .unknownPlanningObject(code, source): code + "\u{0}" + source.rawValue
        case let .unattributedCapacity(unit, _): unit
        case let .unknownResource(code): code
        }
    }
}
