import PlanningDomain
import Testing

@Suite struct RegionProximityTests {
    /// The regions of the matrix and whether a request from `from` with each radius is visible to them.
    static let matrix: [(from: String, to: String, neighbours: Bool, healthcareRegion: Bool)] = [
        ("05", "06", true, true),  // Jönköping: land neighbour, both Sydöstra
        ("05", "08", true, true),  // Kalmar: land neighbour, Sydöstra
        ("05", "04", true, true),  // Sörmland: land neighbour in Mellansverige; radii nest
        ("05", "07", false, false),  // Kronoberg: Södra, no common border with Östergötland
        ("05", "01", false, false),  // Stockholm
        ("05", "09", false, false),  // Gotland
        ("05", "25", false, false),  // Norrbotten
        ("06", "08", true, true),
        ("08", "06", true, true),
        ("08", "05", true, true),
        ("08", "01", false, false),
        ("09", "01", true, true),  // Gotland's documented sea link to Stockholm
        ("01", "09", true, true),
        ("09", "05", false, false),
        ("09", "08", false, false),  // no sea link to Kalmar is assumed
        ("01", "03", true, true),  // Uppsala: land neighbour in Mellansverige
        ("01", "25", false, false),
        ("25", "24", true, true),
        ("25", "22", false, true),  // Västernorrland: Norra, not a neighbour of Norrbotten
        ("25", "01", false, false),
        ("13", "10", false, true),  // Halland–Blekinge: both Södra, no common border
        ("03", "17", false, true),  // Uppsala–Värmland: both Mellansverige, no common border
    ]

    @Test(arguments: matrix.indices)
    func requestVisibilityFollowsTheRadius(index: Int) {
        let row = Self.matrix[index]
        for radius in ExchangeRadius.allCases {
            let request = NX.request("R", row.from, radius: radius)
            let expected =
                switch radius {
                case .neighbours: row.neighbours
                case .healthcareRegion: row.healthcareRegion
                case .national: true
                }
            #expect(request.isVisible(to: .region(row.to)) == expected, "\(row.from) → \(row.to) at \(radius)")
            #expect(request.isVisible(to: .region(row.from)), "the owner always sees its own request")
            #expect(request.isVisible(to: .agency), "the agency sees every request")
        }
    }

    @Test func unknownRegionsSeeNothing() {
        #expect(!NX.request("R", "05").isVisible(to: .region("99")))
        #expect(RegionProximity.between("05", "99") == nil)
    }

    @Test func gotlandHasOnlyTheSeaLinkToStockholm() {
        #expect(RegionProximity.neighbourCodes(of: "09") == ["01"])
        #expect(RegionProximity.neighbourCodes(of: "01") == ["03", "04", "09"])
    }

    @Test func neighbourhoodIsSymmetricForEveryPair() {
        for one in SwedishRegion.all {
            for other in SwedishRegion.all {
                #expect(RegionProximity.between(one.code, other.code) == RegionProximity.between(other.code, one.code))
            }
        }
    }

    @Test func stockholmToUppsalaIsAboutSixtyFiveKilometres() throws {
        let stockholm = try #require(SwedishRegion.withCode("01"))
        let uppsala = try #require(SwedishRegion.withCode("03"))
        let distance = stockholm.distanceKilometres(to: uppsala)
        #expect(distance > 60 && distance < 70, "got \(distance)")
    }

    @Test func stockholmToLuleaIsAboutSevenHundredThirtyKilometres() throws {
        let stockholm = try #require(SwedishRegion.withCode("01"))
        let lulea = try #require(SwedishRegion.withCode("25"))
        let distance = stockholm.distanceKilometres(to: lulea)
        #expect(distance > 700 && distance < 900, "got \(distance)")
        #expect(abs(distance - lulea.distanceKilometres(to: stockholm)) < 1e-9)
    }

    @Test func distanceMatchesExactGreatCircleValues() {
        // Points on the equator and a meridian, whose great-circle distances are exact fractions of π·R.
        func place(_ latitude: Double, _ longitude: Double) -> SwedishRegion {
            SwedishRegion(
                code: "xx", name: "", healthcareRegion: "", population: 0, mainCity: "", latitude: latitude,
                longitude: longitude, landNeighbours: [])
        }
        let radius = SwedishRegion.earthRadiusKilometres
        let pi = 3.141_592_653_589_793
        #expect(abs(place(0, 0).distanceKilometres(to: place(0, 90)) - pi / 2 * radius) < 1e-6)
        #expect(abs(place(0, 0).distanceKilometres(to: place(0, 180)) - pi * radius) < 1e-6)
        #expect(abs(place(0, 10).distanceKilometres(to: place(60, 10)) - pi / 3 * radius) < 1e-6)
        #expect(abs(place(-30, 20).distanceKilometres(to: place(30, 20)) - pi / 3 * radius) < 1e-6)
        #expect(place(59.33, 18.07).distanceKilometres(to: place(59.33, 18.07)) == 0)
    }

    @Test func everyPairOfRegionsIsWithinSwedensLength() {
        for one in SwedishRegion.all {
            for other in SwedishRegion.all where one.code != other.code {
                let distance = one.distanceKilometres(to: other)
                #expect(distance > 20 && distance < 1600, "\(one.code)–\(other.code): \(distance)")
            }
        }
    }
}
