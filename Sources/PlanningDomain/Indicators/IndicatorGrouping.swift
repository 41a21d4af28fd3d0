/// How a region's planning objects are grouped into comparable cells.
public enum IndicatorGrouping: String, CaseIterable, Hashable, Sendable, Codable {
    /// By specialty, e.g. "Ortopedi".
    case specialty
    /// By planning-object group: specialty and contact type, e.g. "Ortopedi/operation".
    case specialtyAndContactType

    /// The group a planning object belongs to under this grouping.
    public func group(of object: PlanningObject) -> String {
        let specialty = Self.trimmed(object.specialty)
        switch self {
        case .specialty: return specialty
        case .specialtyAndContactType: return specialty + "/" + object.contactType.swedishName
        }
    }

    /// Swedish name, for labels.
    public var swedishName: String {
        switch self {
        case .specialty: "specialitet"
        case .specialtyAndContactType: "planeringsobjektgrupp (specialitet och kontakttyp)"
        }
    }

    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
