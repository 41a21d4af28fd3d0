/// Vårdgivarkategori: who performs a care service; each is also a staff resource with the same code.
enum ProviderCategory: String, CaseIterable, Sendable {
    case doctor = "LAK"
    case nurse = "SSK"
    case assistantNurse = "USK"
    case midwife = "BMK"
    case physiotherapist = "FYS"
    case occupationalTherapist = "ATP"
    case psychologist = "PSY"
    case counsellor = "KUR"
    case radiographer = "RSK"
    case biomedicalScientist = "BMA"

    /// The code used in resource and planning-object codes.
    var code: String { rawValue }

    /// The Swedish name, as planners write it.
    var swedishName: String {
        switch self {
        case .doctor: "Läkare"
        case .nurse: "Sjuksköterska"
        case .assistantNurse: "Undersköterska"
        case .midwife: "Barnmorska"
        case .physiotherapist: "Fysioterapeut"
        case .occupationalTherapist: "Arbetsterapeut"
        case .psychologist: "Psykolog"
        case .counsellor: "Kurator"
        case .radiographer: "Röntgensjuksköterska"
        case .biomedicalScientist: "Biomedicinsk analytiker"
        }
    }
}

/// Where a care service is produced, which decides the unit (enhet) that owns its planning objects.
enum UnitKind: Int, Sendable, CaseIterable {
    /// Mottagning: visits, phone and video contacts, examinations.
    case outpatient
    /// Operationsenhet: operations, limited by operating-room hours.
    case operation
    /// Vårdavdelning: inpatient care, limited by staffed beds.
    case ward

    /// Code suffix of the unit.
    var codeSuffix: String {
        switch self {
        case .outpatient: "MOT"
        case .operation: "OP"
        case .ward: "AVD"
        }
    }

    /// Swedish name part of the unit.
    var swedishName: String {
        switch self {
        case .outpatient: "mottagning"
        case .operation: "operation"
        case .ward: "vårdavdelning"
        }
    }
}

/// At which hospital sites a care service is offered.
enum SitePlacement: Sendable {
    /// Every site of the region (the common outpatient services).
    case allSites
    /// Only the main hospital.
    case mainSite
    /// The operating sites (the main hospital and, in larger regions, the second one).
    case operatingSites
}
