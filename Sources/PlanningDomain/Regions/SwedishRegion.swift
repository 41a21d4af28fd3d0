/// One of Sweden's 21 regions (the tenants of the network), with the reference figures the product needs.
///
/// The list is copied from `shared/reference/regions.csv` (population about 2023, rounded); it is data, not an
/// official register, and is good enough for sizing synthetic data and for choosing exchange partners.
public struct SwedishRegion: Hashable, Sendable, Codable {
    /// The official two-digit county code (länskod), e.g. "05".
    public var code: String
    /// The region's name, e.g. "Region Östergötland".
    public var name: String
    /// The sjukvårdsregion (healthcare region) it cooperates in, e.g. "Sydöstra".
    public var healthcareRegion: String
    /// Approximate number of residents.
    public var population: Int
    /// The largest city, where the main hospital usually is.
    public var mainCity: String
    /// Latitude of the main city, in degrees north.
    public var latitude: Double
    /// Longitude of the main city, in degrees east.
    public var longitude: Double
    /// Codes of the regions that share a land border with this one (Gotland has none).
    public var landNeighbours: [String]

    /// Creates a region.
    public init(
        code: String, name: String, healthcareRegion: String, population: Int, mainCity: String,
        latitude: Double, longitude: Double, landNeighbours: [String]
    ) {
        self.code = code
        self.name = name
        self.healthcareRegion = healthcareRegion
        self.population = population
        self.mainCity = mainCity
        self.latitude = latitude
        self.longitude = longitude
        self.landNeighbours = landNeighbours
    }

    /// The region with county code `code` ("05"), or nil if there is none.
    public static func withCode(_ code: String) -> SwedishRegion? {
        all.first { $0.code == code }
    }

    /// All 21 regions, ordered by county code.
    public static let all: [SwedishRegion] = [
        SwedishRegion(
            code: "01", name: "Region Stockholm", healthcareRegion: "Stockholm-Gotland", population: 2_450_000,
            mainCity: "Stockholm", latitude: 59.33, longitude: 18.07, landNeighbours: ["03", "04"]),
        SwedishRegion(
            code: "03", name: "Region Uppsala", healthcareRegion: "Mellansverige", population: 400_000,
            mainCity: "Uppsala", latitude: 59.86, longitude: 17.64, landNeighbours: ["01", "19", "21"]),
        SwedishRegion(
            code: "04", name: "Region Sörmland", healthcareRegion: "Mellansverige", population: 300_000,
            mainCity: "Eskilstuna", latitude: 59.37, longitude: 16.51, landNeighbours: ["01", "05", "18", "19"]),
        SwedishRegion(
            code: "05", name: "Region Östergötland", healthcareRegion: "Sydöstra", population: 470_000,
            mainCity: "Linköping", latitude: 58.41, longitude: 15.62, landNeighbours: ["04", "06", "08", "14", "18"]),
        SwedishRegion(
            code: "06", name: "Region Jönköpings län", healthcareRegion: "Sydöstra", population: 370_000,
            mainCity: "Jönköping", latitude: 57.78, longitude: 14.16, landNeighbours: ["05", "07", "08", "13", "14"]),
        SwedishRegion(
            code: "07", name: "Region Kronoberg", healthcareRegion: "Södra", population: 205_000,
            mainCity: "Växjö", latitude: 56.88, longitude: 14.81, landNeighbours: ["06", "08", "10", "12", "13"]),
        SwedishRegion(
            code: "08", name: "Region Kalmar län", healthcareRegion: "Sydöstra", population: 246_000,
            mainCity: "Kalmar", latitude: 56.66, longitude: 16.36, landNeighbours: ["05", "06", "07", "10"]),
        SwedishRegion(
            code: "09", name: "Region Gotland", healthcareRegion: "Stockholm-Gotland", population: 61_000,
            mainCity: "Visby", latitude: 57.64, longitude: 18.30, landNeighbours: []),
        SwedishRegion(
            code: "10", name: "Region Blekinge", healthcareRegion: "Södra", population: 157_000,
            mainCity: "Karlskrona", latitude: 56.16, longitude: 15.59, landNeighbours: ["07", "08", "12"]),
        SwedishRegion(
            code: "12", name: "Region Skåne", healthcareRegion: "Södra", population: 1_420_000,
            mainCity: "Lund", latitude: 55.70, longitude: 13.19, landNeighbours: ["07", "10", "13"]),
        SwedishRegion(
            code: "13", name: "Region Halland", healthcareRegion: "Södra", population: 340_000,
            mainCity: "Halmstad", latitude: 56.67, longitude: 12.86, landNeighbours: ["06", "07", "12", "14"]),
        SwedishRegion(
            code: "14", name: "Västra Götalandsregionen", healthcareRegion: "Västra", population: 1_740_000,
            mainCity: "Göteborg", latitude: 57.71, longitude: 11.97, landNeighbours: ["05", "06", "13", "17", "18"]),
        SwedishRegion(
            code: "17", name: "Region Värmland", healthcareRegion: "Mellansverige", population: 283_000,
            mainCity: "Karlstad", latitude: 59.38, longitude: 13.50, landNeighbours: ["14", "18", "20"]),
        SwedishRegion(
            code: "18", name: "Region Örebro län", healthcareRegion: "Mellansverige", population: 307_000,
            mainCity: "Örebro", latitude: 59.27, longitude: 15.21, landNeighbours: ["04", "05", "14", "17", "19", "20"]),
        SwedishRegion(
            code: "19", name: "Region Västmanland", healthcareRegion: "Mellansverige", population: 280_000,
            mainCity: "Västerås", latitude: 59.61, longitude: 16.55, landNeighbours: ["03", "04", "18", "20"]),
        SwedishRegion(
            code: "20", name: "Region Dalarna", healthcareRegion: "Mellansverige", population: 288_000,
            mainCity: "Falun", latitude: 60.61, longitude: 15.63, landNeighbours: ["17", "18", "19", "21", "23"]),
        SwedishRegion(
            code: "21", name: "Region Gävleborg", healthcareRegion: "Mellansverige", population: 288_000,
            mainCity: "Gävle", latitude: 60.67, longitude: 17.14, landNeighbours: ["03", "20", "22", "23"]),
        SwedishRegion(
            code: "22", name: "Region Västernorrland", healthcareRegion: "Norra", population: 244_000,
            mainCity: "Sundsvall", latitude: 62.39, longitude: 17.31, landNeighbours: ["21", "23", "24"]),
        SwedishRegion(
            code: "23", name: "Region Jämtland Härjedalen", healthcareRegion: "Norra", population: 132_000,
            mainCity: "Östersund", latitude: 63.18, longitude: 14.64, landNeighbours: ["20", "21", "22", "24"]),
        SwedishRegion(
            code: "24", name: "Region Västerbotten", healthcareRegion: "Norra", population: 275_000,
            mainCity: "Umeå", latitude: 63.83, longitude: 20.26, landNeighbours: ["22", "23", "25"]),
        SwedishRegion(
            code: "25", name: "Region Norrbotten", healthcareRegion: "Norra", population: 249_000,
            mainCity: "Luleå", latitude: 65.58, longitude: 22.15, landNeighbours: ["24"]),
    ]
}
