/// A capacity resource: a competence (staff hours), a room, beds or equipment.
public struct Resource: Hashable, Sendable, Codable {
    /// The region's code (unique within the region), e.g. "LAK" for doctors' hours, "OPSAL" for OR time.
    public var code: String
    /// Display name.
    public var name: String
    /// What kind of resource it is.
    public var kind: ResourceKind
    /// The measure its capacity is given in.
    public var measure: ResourceMeasure
    /// Whether the region treats it as a limiting resource (begränsande kapacitet), whose utilisation the
    /// network compares.
    public var isLimiting: Bool

    /// Creates a resource.
    public init(code: String, name: String, kind: ResourceKind, measure: ResourceMeasure, isLimiting: Bool = false) {
        self.code = code
        self.name = name
        self.kind = kind
        self.measure = measure
        self.isLimiting = isLimiting
    }

    private enum CodingKeys: String, CodingKey {
        case code, name, kind, measure, isLimiting
    }

    /// Decodes a resource; `isLimiting` may be absent (false), as in documents written before it existed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(ResourceKind.self, forKey: .kind)
        measure = try container.decode(ResourceMeasure.self, forKey: .measure)
        isLimiting = try container.decodeIfPresent(Bool.self, forKey: .isLimiting) ?? false
    }
}

/// The kind of a capacity resource.
public enum ResourceKind: String, CaseIterable, Sendable, Codable {
    /// Staff of one competence (läkare, sjuksköterska, …).
    case staff
    /// Rooms: operating theatres, consulting rooms.
    case room
    /// Staffed beds (vårdplatser).
    case bed
    /// Equipment (MR, CT, …).
    case equipment

    /// Swedish name as written in feeds.
    public var swedishName: String {
        switch self {
        case .staff: "personal"
        case .room: "lokal"
        case .bed: "vårdplats"
        case .equipment: "utrustning"
        }
    }

    /// Accepts Swedish or English names.
    public init?(swedishName: some StringProtocol) {
        switch TextFolding.fold(swedishName) {
        case "personal", "kompetens", "staff", "competence": self = .staff
        case "lokal", "sal", "rum", "room": self = .room
        case "vardplats", "vardplatser", "sang", "bed", "beds": self = .bed
        case "utrustning", "equipment": self = .equipment
        default: return nil
        }
    }

    /// All accepted spellings, for error messages.
    public static let acceptedNames = "personal, lokal, vårdplats, utrustning"
}

/// The measure capacity of a resource is counted in, per week.
public enum ResourceMeasure: String, CaseIterable, Sendable, Codable {
    /// Hours per week.
    case hours
    /// Days per week (e.g. operating days).
    case days
    /// Staffed beds (average over the week).
    case beds
    /// Sessions per week (mottagningspass, operationspass).
    case sessions

    /// Swedish name as written in feeds.
    public var swedishName: String {
        switch self {
        case .hours: "timmar"
        case .days: "dagar"
        case .beds: "vårdplatser"
        case .sessions: "pass"
        }
    }

    /// Accepts Swedish or English names.
    public init?(swedishName: some StringProtocol) {
        switch TextFolding.fold(swedishName) {
        case "timmar", "tim", "h", "hours": self = .hours
        case "dagar", "dag", "days": self = .days
        case "vardplatser", "vardplats", "platser", "beds": self = .beds
        case "pass", "sessions": self = .sessions
        default: return nil
        }
    }

    /// All accepted spellings, for error messages.
    public static let acceptedNames = "timmar, dagar, vårdplatser, pass"
}
