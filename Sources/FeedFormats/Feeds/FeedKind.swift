public import PlanningDomain

/// The region data feeds a node imports.
public enum FeedKind: String, CaseIterable, Sendable, Codable {
    /// Organisation units (enheter): master data.
    case units
    /// Planning objects (planeringsobjekt): master data.
    case planningObjects
    /// Capacity resources (resurser): master data.
    case resources
    /// Inflow (inflöde): weekly counts or one row per referral.
    case inflow
    /// Production outcome (produktion): weekly counts or one row per performed visit/operation.
    case production
    /// Cancellations (strykningar): weekly counts or one row per cancelled visit/operation.
    case cancellations
    /// Occupied bed-days (belagda vårddagar) of inpatient planning objects: weekly counts or one row per day.
    case occupiedBedDays
    /// Waiting-list snapshot (väntelista): one row per waiting entry.
    case waitingList
    /// Completed waits (genomförda): one row per visit/treatment performed for a patient who waited, with the
    /// dates only.
    case completedWaits
    /// Available capacity (kapacitet) per unit, resource and week.
    case capacity

    /// The Swedish name, also the file-name prefix that selects this feed.
    public var swedishName: String {
        switch self {
        case .units: "enheter"
        case .planningObjects: "planeringsobjekt"
        case .resources: "resurser"
        case .inflow: "inflöde"
        case .production: "produktion"
        case .cancellations: "strykningar"
        case .occupiedBedDays: "belagda_vårddagar"
        case .waitingList: "väntelista"
        case .completedWaits: "genomförda"
        case .capacity: "kapacitet"
        }
    }

    /// The weekly series a count feed fills (nil for the other feeds).
    public var activitySeries: ActivitySeries? {
        switch self {
        case .inflow: .inflow
        case .production: .production
        case .cancellations: .cancellations
        case .occupiedBedDays: .occupiedBedDays
        case .units, .planningObjects, .resources, .waitingList, .completedWaits, .capacity: nil
        }
    }

    /// The order files are applied in, so master data exists before the data that refers to it.
    public var applyOrder: Int {
        switch self {
        case .units: 0
        case .resources: 1
        case .planningObjects: 2
        case .inflow: 3
        case .production: 4
        case .cancellations: 5
        case .occupiedBedDays: 6
        case .waitingList: 7
        case .completedWaits: 8
        case .capacity: 9
        }
    }

    /// Names accepted on the command line and as file-name prefixes (folded: no å/ä/ö, lower case).
    var acceptedNames: [String] {
        switch self {
        case .units: ["enheter", "enhet", "organisation", "units", "org"]
        case .planningObjects: ["planeringsobjekt", "planning_objects", "objekt"]
        case .resources: ["resurser", "resurs", "resources"]
        case .inflow: ["inflode", "inflow", "remisser", "remiss"]
        case .production: ["produktion", "production", "utfall"]
        case .cancellations: ["strykningar", "strykning", "cancellations", "installda"]
        case .occupiedBedDays: ["belagda_varddagar", "varddagar", "belaggning", "occupied_bed_days"]
        case .waitingList: ["vantelista", "vantelistor", "waiting_list", "waitinglist", "vantande"]
        case .completedWaits: ["genomforda", "genomforda_atgarder", "avslutade_vantetider", "completed_waits"]
        case .capacity: ["kapacitet", "capacity"]
        }
    }

    /// The feed named by `name` ("inflöde", "inflow", "väntelista", …), if any.
    public init?(name: some StringProtocol) {
        let folded = TextFolding.fold(name)
        guard let kind = FeedKind.allCases.first(where: { $0.acceptedNames.contains(folded) }) else { return nil }
        self = kind
    }

    /// The feed a file name starts with ("inflode_2025.csv" → inflow), if exactly one matches.
    public init?(fileName: String) {
        let stem = TextFolding.fold(fileName.split(separator: "/").last.map(String.init) ?? fileName)
        // Longest name first so "planeringsobjekt" is not mistaken for "objekt" and the like.
        let candidates = FeedKind.allCases.flatMap { kind in kind.acceptedNames.map { (kind, $0) } }
            .sorted { $0.1.count > $1.1.count }
        guard let match = candidates.first(where: { stem.hasPrefix($0.1) }) else { return nil }
        self = match.0
    }

    /// Every feed with its accepted names, for help texts.
    public static var helpList: String {
        allCases.map { "\($0.swedishName) (\($0.rawValue))" }.joined(separator: ", ")
    }
}
