/// The answer scale of the self-assessment statements (Socialstyrelsen's "Självskattningsstöd").
public enum SelfAssessmentAnswer: String, CaseIterable, Sendable, Codable {
    /// "Instämmer i hög grad".
    case agreeToAHighDegree
    /// "Instämmer delvis".
    case agreePartly
    /// "Instämmer inte alls".
    case disagree
    /// "Vet ej/ej relevant".
    case unknown

    /// The wording on the form.
    public var swedishLabel: String {
        switch self {
        case .agreeToAHighDegree: "Instämmer i hög grad"
        case .agreePartly: "Instämmer delvis"
        case .disagree: "Instämmer inte alls"
        case .unknown: "Vet ej/ej relevant"
        }
    }

    /// Points for the area score: 2, 1, 0; nil for "Vet ej/ej relevant", which is counted apart.
    public var score: Int? {
        switch self {
        case .agreeToAHighDegree: 2
        case .agreePartly: 1
        case .disagree: 0
        case .unknown: nil
        }
    }

    /// Whether the guide calls the answer especially relevant for further development ("Instämmer inte alls"
    /// and "Vet ej/ej relevant").
    public var needsDevelopment: Bool { self == .disagree || self == .unknown }
}

/// The answer scale of the checklist (Socialstyrelsen's "Checklista för att skapa rätt förutsättningar för PKS").
public enum ChecklistAnswer: String, CaseIterable, Sendable, Codable {
    /// "Ja".
    case yes
    /// "Majoritet": yes, for a majority of the departments.
    case majority
    /// "Minoritet": yes, for a minority of the departments.
    case minority
    /// "Nej".
    case no
    /// "Vet ej".
    case unknown

    /// The column heading on the form.
    public var swedishLabel: String {
        switch self {
        case .yes: "Ja"
        case .majority: "Majoritet"
        case .minority: "Minoritet"
        case .no: "Nej"
        case .unknown: "Vet ej"
        }
    }

    /// The form's footnote for the two partial answers.
    public static let partialFootnote = "Ja, vad gäller en majoritet respektive minoritet av verksamheterna"

    /// How far the activity is done, 0…1 (yes 1, majority 2/3, minority 1/3, no 0); nil for "Vet ej".
    public var score: Double? {
        switch self {
        case .yes: 1
        case .majority: 2.0 / 3
        case .minority: 1.0 / 3
        case .no: 0
        case .unknown: nil
        }
    }
}
