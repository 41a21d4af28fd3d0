import PlanningDomain

/// A column a feed understands, with the Swedish and English headers accepted for it.
public struct FeedColumn: Sendable, Hashable {
    /// The canonical header, as written in the documentation and in generated files.
    public let name: String
    /// Other accepted headers (compared folded: case, å/ä/ö, spaces and hyphens do not matter).
    public let aliases: [String]
    /// What the column holds, in Swedish, for help texts and "expected" parts of messages.
    public let meaning: String

    /// Creates a column.
    public init(_ name: String, aliases: [String] = [], meaning: String) {
        self.name = name
        self.aliases = aliases
        self.meaning = meaning
    }

    /// True when `header` names this column.
    func matches(folded header: String) -> Bool {
        TextFolding.fold(name) == header || aliases.contains { TextFolding.fold($0) == header }
    }
}

/// The columns of every feed.
public enum FeedColumns {
    static let unitCode = FeedColumn(
        "enhetskod", aliases: ["enhet", "unit", "unit_code", "enhet_kod"], meaning: "enhetens kod")
    static let unitCodeMaster = FeedColumn(
        "enhetskod", aliases: ["kod", "code", "unit_code", "enhet_kod"], meaning: "enhetens kod (unik)")
    static let objectCodeMaster = FeedColumn(
        "planeringsobjekt", aliases: ["kod", "code", "planning_object", "objektkod", "planeringsobjektkod"],
        meaning: "planeringsobjektets kod (unik)")
    static let resourceCodeMaster = FeedColumn(
        "resurskod", aliases: ["kod", "code", "resource_code", "resurs"], meaning: "resursens kod (unik)")
    static let name = FeedColumn("namn", aliases: ["name", "benämning", "beskrivning"], meaning: "namn i klartext")
    static let level = FeedColumn(
        "nivå", aliases: ["level", "organisationsnivå", "typ"], meaning: OrganisationLevel.acceptedNames)
    static let parent = FeedColumn(
        "överordnad", aliases: ["parent", "överordnad_enhet", "förälder", "parent_code"],
        meaning: "koden för enheten ovanför (tom för regionen)")
    static let objectCode = FeedColumn(
        "planeringsobjekt", aliases: ["planning_object", "objektkod", "planeringsobjektkod", "po"],
        meaning: "planeringsobjektets kod")
    static let specialty = FeedColumn("specialitet", aliases: ["specialty", "speciality"], meaning: "specialitet")
    static let careService = FeedColumn(
        "vårdtjänst", aliases: ["care_service"], meaning: "vårdtjänst (vilken aktivitet)")
    static let providerCategory = FeedColumn(
        "vårdgivarkategori", aliases: ["provider_category", "yrkeskategori"], meaning: "vem som utför (läkare, …)")
    static let contactType = FeedColumn(
        "kontakttyp", aliases: ["contact_type"], meaning: ContactType.acceptedNames)
    static let medicalPriority = FeedColumn(
        "medicinsk_prioritet", aliases: ["medical_priority", "prioritet", "priority"],
        meaning: "medicinsk prioritet, t.ex. P1–P4")
    static let resourceCode = FeedColumn(
        "resurskod", aliases: ["resurs", "resource", "resource_code"], meaning: "resursens kod")
    static let resourceKind = FeedColumn("typ", aliases: ["resurstyp", "kind"], meaning: ResourceKind.acceptedNames)
    static let measure = FeedColumn(
        "måttenhet", aliases: ["measure", "mått", "enhet_för_mått"], meaning: ResourceMeasure.acceptedNames)
    static let limiting = FeedColumn(
        "begränsande", aliases: ["begränsande_kapacitet", "limiting", "flaskhals"],
        meaning: "ja om resursen är en begränsande kapacitet, annars nej (får vara tomt)")
    static let performedOn = FeedColumn(
        "utförd", aliases: ["utförandedatum", "genomförd", "genomförandedatum", "performed_on", "datum"],
        meaning: "datum då besöket eller åtgärden utfördes, ÅÅÅÅ-MM-DD")
    static let week = FeedColumn(
        "vecka", aliases: ["week", "iso_vecka", "år_vecka"], meaning: "ISO-vecka, t.ex. 2025-W07")
    static let count = FeedColumn(
        "antal", aliases: ["count", "volym", "antal_patienter", "utfall"], meaning: "ett heltal ≥ 0")
    static let eventDate = FeedColumn(
        "datum", aliases: ["date", "remissdatum", "händelsedatum", "inflödesdatum", "utförandedatum", "besöksdatum"],
        meaning: "datum ÅÅÅÅ-MM-DD")
    static let waitingSince = FeedColumn(
        "väntar_sedan", aliases: ["waiting_since", "väntestart", "anmälningsdatum", "beslutsdatum", "vänt_från"],
        meaning: "datum då väntan började, ÅÅÅÅ-MM-DD")
    static let targetDate = FeedColumn(
        "medicinskt_måldatum", aliases: ["måldatum", "target_date", "medical_target_date"],
        meaning: "medicinskt måldatum ÅÅÅÅ-MM-DD (får vara tomt)")
    static let entryPriority = FeedColumn(
        "prioritet", aliases: ["priority", "medicinsk_prioritet"], meaning: "medicinsk prioritet (får vara tom)")
    static let snapshotDate = FeedColumn(
        "uttagsdatum", aliases: ["snapshot_date", "extraktdatum", "datum_för_uttag"],
        meaning: "datum då väntelistan togs ut, ÅÅÅÅ-MM-DD")
    static let planned = FeedColumn(
        "planerad", aliases: ["planerat", "planned", "brutto", "kapacitet"],
        meaning: "planerad kapacitet före frånvaro, i resursens måttenhet (≥ 0)")
    static let headcount = FeedColumn(
        "antal_personer", aliases: ["headcount", "antal_anställda"], meaning: "antal personer (≥ 0)")
    static let fte = FeedColumn(
        "tjänstgöringsgrad", aliases: ["sysselsättningsgrad", "fte", "tjänstgöringsgrad_procent"],
        meaning: "andel av heltid, 0–1 (eller 0–100 %)")
    static let hoursPerFullTime = FeedColumn(
        "timmar_per_heltid", aliases: ["timmar_per_vecka", "hours_per_fte", "veckoarbetstid"],
        meaning: "timmar per heltid och vecka (t.ex. 40)")
    static let absence = FeedColumn(
        "frånvaro", aliases: ["absence", "frånvaro_timmar", "semester_och_frånvaro"],
        meaning: "frånvaro i samma måttenhet (≥ 0, högst planerad; får vara tomt)")

    /// Required and optional columns per feed (for help texts and the README).
    public static func columns(for kind: FeedKind) -> (required: [FeedColumn], optional: [FeedColumn]) {
        switch kind {
        case .units: ([unitCodeMaster, name, level], [parent])
        case .planningObjects:
            (
                [
                    objectCodeMaster, name, unitCode, specialty, careService, providerCategory, contactType,
                    medicalPriority,
                ], []
            )
        case .resources: ([resourceCodeMaster, name, resourceKind, measure], [limiting])
        case .inflow, .production, .cancellations, .occupiedBedDays: ([objectCode], [week, count, eventDate])
        case .waitingList: ([objectCode, waitingSince], [targetDate, entryPriority, snapshotDate])
        case .completedWaits: ([objectCode, waitingSince, performedOn], [])
        case .capacity: ([unitCode, resourceCode, week], [planned, headcount, fte, hoursPerFullTime, absence])
        }
    }
}
