import PlanningDomain
import Testing

@Suite struct SwedishRegionTests {
    @Test func allTwentyOneRegionsAreListedOnceWithPopulation() {
        #expect(SwedishRegion.all.count == 21)
        #expect(Set(SwedishRegion.all.map(\.code)).count == 21)
        #expect(SwedishRegion.all.allSatisfy { $0.population > 50_000 })
        #expect(SwedishRegion.all.reduce(0) { $0 + $1.population } > 10_000_000)
    }

    @Test func lookupByCodeFindsOstergotlandAndRejectsUnknownCodes() throws {
        let region = try #require(SwedishRegion.withCode("05"))
        #expect(region.name == "Region Östergötland")
        #expect(region.healthcareRegion == "Sydöstra")
        #expect(region.mainCity == "Linköping")
        #expect(region.landNeighbours == ["04", "06", "08", "14", "18"])
        #expect(SwedishRegion.withCode("02") == nil)
    }

    @Test func landNeighboursAreMutual() {
        for region in SwedishRegion.all {
            for code in region.landNeighbours {
                #expect(
                    SwedishRegion.withCode(code)?.landNeighbours.contains(region.code) == true, "\(region.code)–\(code)"
                )
            }
        }
        #expect(SwedishRegion.withCode("09")?.landNeighbours.isEmpty == true)
    }
}
