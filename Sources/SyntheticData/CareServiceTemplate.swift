import PlanningDomain

/// A vårdtjänst of one specialty, from which planning objects are made (one per priority and site).
struct CareServiceTemplate: Sendable {
    /// Short code in planning-object codes, e.g. "HOFT".
    var code: String
    /// Vårdtjänst as planners name it, e.g. "Höftprotes".
    var name: String
    /// Vårdgivarkategori.
    var provider: ProviderCategory
    /// Kontakttyp.
    var contactType: ContactType
    /// Weekly inflow per 100 000 residents, all priorities and sites together, in a normal week.
    var ratePer100k: Double
    /// Medical priorities and their shares of the inflow.
    var priorities: [(code: String, share: Double)]
    /// Where it is offered.
    var placement: SitePlacement
    /// Minutes of the limiting resource per contact (operating-room minutes for operations).
    var minutes: Double

    /// The unit kind that produces this service.
    var unitKind: UnitKind {
        switch contactType {
        case .operation: .operation
        case .inpatient: .ward
        case .visit, .phone, .video: .outpatient
        }
    }

    /// Acute inpatient care has no waiting list: it is produced in the week it arrives.
    var isAcute: Bool { contactType == .inpatient }

    init(
        _ code: String, _ name: String, _ provider: ProviderCategory, _ contactType: ContactType,
        rate: Double, _ priorities: [(code: String, share: Double)], _ placement: SitePlacement = .mainSite,
        minutes: Double? = nil
    ) {
        self.code = code
        self.name = name
        self.provider = provider
        self.contactType = contactType
        self.ratePer100k = rate
        self.priorities = priorities
        self.placement = placement
        self.minutes = minutes ?? Self.defaultMinutes(contactType)
    }

    private static func defaultMinutes(_ contactType: ContactType) -> Double {
        switch contactType {
        case .visit: 40
        case .phone: 15
        case .video: 30
        case .operation: 120
        case .inpatient: 0
        }
    }
}

/// Priority mixes used by the catalogue (shares of inflow).
enum PriorityMix {
    static let newVisit: [(code: String, share: Double)] = [("P1", 0.15), ("P2", 0.35), ("P3", 0.5)]
    static let elective: [(code: String, share: Double)] = [("P2", 0.25), ("P3", 0.5), ("P4", 0.25)]
    static let followUp: [(code: String, share: Double)] = [("P3", 0.6), ("P4", 0.4)]
    static let surgery: [(code: String, share: Double)] = [("P2", 0.35), ("P3", 0.65)]
    static let urgentSurgery: [(code: String, share: Double)] = [("P1", 0.45), ("P2", 0.55)]
    static let minorSurgery: [(code: String, share: Double)] = [("P3", 0.6), ("P4", 0.4)]
    static let routine: [(code: String, share: Double)] = [("P3", 1)]
    static let acute: [(code: String, share: Double)] = [("AKUT", 1)]

    /// Days from waiting start to the medical target date (medicinskt måldatum) for a priority code.
    static func targetDays(_ priority: String) -> Int? {
        switch priority {
        case "P1": 30
        case "P2": 60
        case "P3": 90
        case "P4": 180
        default: nil
        }
    }
}
