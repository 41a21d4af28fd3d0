/// A level of the organisation tree, from the whole region down to a unit.
///
/// Regions name these levels differently (förvaltning or division, verksamhet or klinik, enhet or sektion);
/// ``init?(swedishName:)`` accepts all of them.
public enum OrganisationLevel: Int, CaseIterable, Sendable, Codable, Comparable {
    /// The whole region (the tenant).
    case region = 0
    /// Förvaltning or division.
    case division = 1
    /// Verksamhet or klinik (a department).
    case department = 2
    /// Enhet or sektion (the operational unit).
    case unit = 3

    /// The name planners use, in Swedish.
    public var swedishName: String {
        switch self {
        case .region: "region"
        case .division: "förvaltning"
        case .department: "verksamhet"
        case .unit: "enhet"
        }
    }

    /// The planning level that steers at this organisational level (strategic, tactical, operational).
    public var planningLevel: PlanningLevel {
        switch self {
        case .region, .division: .strategic
        case .department: .tactical
        case .unit: .operational
        }
    }

    /// Accepts the Swedish and English names regions use, case-insensitively, with or without å/ä/ö.
    public init?(swedishName: some StringProtocol) {
        switch TextFolding.fold(swedishName) {
        case "region": self = .region
        case "forvaltning", "division", "divison": self = .division
        case "verksamhet", "klinik", "department", "clinic": self = .department
        case "enhet", "sektion", "unit", "section": self = .unit
        default: return nil
        }
    }

    /// All accepted spellings, for error messages.
    public static let acceptedNames = "region, förvaltning/division, verksamhet/klinik, enhet/sektion"

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The three planning levels of PKS.
public enum PlanningLevel: String, CaseIterable, Sendable, Codable {
    /// Region or hospital management, 1–4 years, by year or quarter.
    case strategic
    /// Verksamhet/klinik, 12 rolling months, by week.
    case tactical
    /// Enhet/sektion, weeks to months, by day or hour.
    case operational

    /// Swedish name ("strategisk nivå").
    public var swedishName: String {
        switch self {
        case .strategic: "strategisk nivå"
        case .tactical: "taktisk nivå"
        case .operational: "operativ nivå"
        }
    }
}
