/// The smallest building block of demand (planeringsobjekt).
///
/// Grouped by four dimensions (Region Östergötland's model): which activity (vårdtjänst), who performs it
/// (vårdgivarkategori), how (kontakttyp) and within what time (medicinsk prioritet); plus the specialty and the
/// unit that produces it. Objects in one group need about the same capacity.
public struct PlanningObject: Hashable, Sendable, Codable {
    /// The region's code for the object (unique within the region).
    public var code: String
    /// Display name.
    public var name: String
    /// Code of the producing unit (an ``OrganisationUnit``).
    public var unitCode: String
    /// Specialty (e.g. "Ortopedi").
    public var specialty: String
    /// Vårdtjänst: which activity (e.g. "Höftprotes", "Nybesök").
    public var careService: String
    /// Vårdgivarkategori: who performs it (e.g. "Läkare", "Sjuksköterska").
    public var providerCategory: String
    /// Kontakttyp: how (visit, phone, video, operation, inpatient).
    public var contactType: ContactType
    /// Medicinsk prioritet (e.g. "P1"…"P4"; region-specific codes).
    public var medicalPriority: String

    /// Creates a planning object.
    public init(
        code: String, name: String, unitCode: String, specialty: String, careService: String,
        providerCategory: String, contactType: ContactType, medicalPriority: String
    ) {
        self.code = code
        self.name = name
        self.unitCode = unitCode
        self.specialty = specialty
        self.careService = careService
        self.providerCategory = providerCategory
        self.contactType = contactType
        self.medicalPriority = medicalPriority
    }
}

/// Kontakttyp: how care is given.
public enum ContactType: String, CaseIterable, Sendable, Codable {
    /// Besök (a visit in person).
    case visit
    /// Telefon.
    case phone
    /// Video.
    case video
    /// Operation.
    case operation
    /// Slutenvård (inpatient care, counted in bed-days).
    case inpatient

    /// Swedish name as written in feeds.
    public var swedishName: String {
        switch self {
        case .visit: "besök"
        case .phone: "telefon"
        case .video: "video"
        case .operation: "operation"
        case .inpatient: "slutenvård"
        }
    }

    /// Accepts Swedish or English names, case-insensitively, with or without å/ä/ö.
    public init?(swedishName: some StringProtocol) {
        switch TextFolding.fold(swedishName) {
        case "besok", "visit", "mottagningsbesok": self = .visit
        case "telefon", "phone", "tel": self = .phone
        case "video", "videobesok": self = .video
        case "operation", "op", "atgard": self = .operation
        case "slutenvard", "inpatient", "vardtillfalle": self = .inpatient
        default: return nil
        }
    }

    /// All accepted spellings, for error messages.
    public static let acceptedNames = "besök, telefon, video, operation, slutenvård"
}
