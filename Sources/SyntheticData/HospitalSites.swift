import PlanningDomain

/// The hospital towns of each region, main hospital first. Real town names make the synthetic organisation
/// recognisable; nothing else about the real hospitals is used.
enum HospitalSites {
    /// A hospital site: its town and a three-letter code used in unit and object codes.
    struct Site: Sendable, Hashable {
        var town: String
        var code: String
    }

    /// The sites used for `region`: more for larger regions (1 below 100 000 residents, 2 below 300 000,
    /// 3 below 1 000 000, else 4), never more than the region has towns.
    static func sites(for region: SwedishRegion) -> [Site] {
        let wanted: Int =
            switch region.population {
            case ..<100_000: 1
            case ..<300_000: 2
            case ..<1_000_000: 3
            default: 4
            }
        let towns = townsByRegion[region.code] ?? [region.mainCity]
        return towns.prefix(wanted).map { town in
            Site(town: town, code: codeOverrides[town] ?? String(TextFolding.fold(town).prefix(3)).uppercased())
        }
    }

    /// Codes for towns whose first three letters clash with another site of the same region.
    private static let codeOverrides = ["Karlshamn": "KHN"]

    private static let townsByRegion: [String: [String]] = [
        "01": ["Stockholm", "Solna", "Danderyd", "Huddinge"],
        "03": ["Uppsala", "Enköping"],
        "04": ["Eskilstuna", "Nyköping", "Katrineholm"],
        "05": ["Linköping", "Norrköping", "Motala"],
        "06": ["Jönköping", "Värnamo", "Eksjö"],
        "07": ["Växjö", "Ljungby"],
        "08": ["Kalmar", "Västervik", "Oskarshamn"],
        "09": ["Visby"],
        "10": ["Karlskrona", "Karlshamn"],
        "12": ["Lund", "Malmö", "Helsingborg", "Kristianstad"],
        "13": ["Halmstad", "Varberg", "Kungsbacka"],
        "14": ["Göteborg", "Borås", "Skövde", "Trollhättan"],
        "17": ["Karlstad", "Arvika", "Torsby"],
        "18": ["Örebro", "Karlskoga", "Lindesberg"],
        "19": ["Västerås", "Köping", "Sala"],
        "20": ["Falun", "Mora", "Avesta"],
        "21": ["Gävle", "Hudiksvall", "Bollnäs"],
        "22": ["Sundsvall", "Örnsköldsvik", "Sollefteå"],
        "23": ["Östersund"],
        "24": ["Umeå", "Skellefteå", "Lycksele"],
        "25": ["Luleå", "Piteå", "Kiruna", "Gällivare"],
    ]
}
