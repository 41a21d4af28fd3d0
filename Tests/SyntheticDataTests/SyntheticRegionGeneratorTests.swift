import PlanningDomain
import SyntheticData
import Testing

@Suite struct SyntheticRegionGeneratorTests {
    @Test func sameSeedAndConfigurationGiveIdenticalOutput() {
        let configuration = SyntheticRegionConfiguration(
            regionCode: "10", seed: 9, lastWeek: SyntheticFixtures.lastWeek)
        let first = SyntheticRegionGenerator.generate(configuration)
        let second = SyntheticRegionGenerator.generate(configuration)
        #expect(first.units == second.units)
        #expect(first.planningObjects == second.planningObjects)
        #expect(first.resources == second.resources)
        #expect(first.inflow == second.inflow)
        #expect(first.production == second.production)
        #expect(first.capacity == second.capacity)
        #expect(first.waitingSnapshots.map(\.date) == second.waitingSnapshots.map(\.date))
        #expect(first.waitingSnapshots.map(\.entries) == second.waitingSnapshots.map(\.entries))
    }

    @Test func differentSeedsGiveDifferentHistories() {
        let one = SyntheticRegionGenerator.generate(
            SyntheticRegionConfiguration(regionCode: "10", seed: 1, lastWeek: SyntheticFixtures.lastWeek, years: 1))
        let two = SyntheticRegionGenerator.generate(
            SyntheticRegionConfiguration(regionCode: "10", seed: 2, lastWeek: SyntheticFixtures.lastWeek, years: 1))
        #expect(one.planningObjects.map(\.code) == two.planningObjects.map(\.code))
        #expect(one.inflow != two.inflow)
        #expect(one.production != two.production)
        #expect(one.capacity != two.capacity)
        #expect(one.waitingSnapshots.map(\.entries) != two.waitingSnapshots.map(\.entries))
    }

    @Test func volumeScalesWithPopulation() {
        func weeklyInflow(_ code: String) -> Double {
            let region = SyntheticRegionGenerator.generate(
                SyntheticRegionConfiguration(regionCode: code, lastWeek: SyntheticFixtures.lastWeek, years: 1))
            return Double(region.inflow.reduce(0) { $0 + $1.count })
        }
        let stockholm = weeklyInflow("01")
        let gotland = weeklyInflow("09")
        // 2 450 000 vs 61 000 residents: about 40 times.
        #expect(stockholm > 25 * gotland)
        #expect(stockholm < 60 * gotland)
    }

    @Test func scaleMultipliesVolume() {
        let full = SyntheticRegionGenerator.generate(
            SyntheticRegionConfiguration(regionCode: "09", lastWeek: SyntheticFixtures.lastWeek, years: 1))
        let tenth = SyntheticRegionGenerator.generate(
            SyntheticRegionConfiguration(regionCode: "09", lastWeek: SyntheticFixtures.lastWeek, years: 1, scale: 0.1))
        let fullTotal = Double(full.inflow.reduce(0) { $0 + $1.count })
        let tenthTotal = Double(tenth.inflow.reduce(0) { $0 + $1.count })
        #expect(tenthTotal > 0.07 * fullTotal)
        #expect(tenthTotal < 0.13 * fullTotal)
    }

    @Test func ostergotlandHasMidSizeNumberOfPlanningObjects() {
        let region = SyntheticFixtures.ostergotland
        #expect((200...500).contains(region.planningObjects.count))
        #expect(Set(region.planningObjects.map(\.code)).count == region.planningObjects.count)
    }

    @Test func organisationValidatesAndEveryPlanningObjectBelongsToAnEnhet() throws {
        let region = SyntheticFixtures.ostergotland
        let tree = try OrganisationTree(units: region.units)
        for object in region.planningObjects {
            let unit = try #require(tree.units[object.unitCode], "\(object.code) names unknown unit \(object.unitCode)")
            #expect(unit.level == .unit || unit.level == .department)
        }
    }

    @Test(arguments: [("09", 3), ("07", 4), ("05", 5), ("01", 6)])
    func divisionCountFollowsPopulation(code: String, divisions: Int) throws {
        let region = SyntheticRegionGenerator.generate(
            SyntheticRegionConfiguration(regionCode: code, lastWeek: SyntheticFixtures.lastWeek, years: 1, scale: 0.05))
        #expect(region.units.count { $0.level == .division } == divisions)
        let tree = try OrganisationTree(units: region.units)
        // Every division has at least one clinic.
        for division in region.units where division.level == .division {
            #expect(!tree.children(of: division.code).isEmpty)
        }
    }

    @Test func regionUnitAndLabelSaySynthetic() throws {
        let region = SyntheticFixtures.ostergotland
        let root = try #require(region.units.first { $0.level == .region })
        #expect(root.name == "Region Östergötland (syntetisk)")
        #expect(SyntheticRegion.label.contains("SYNTETISKA DATA"))
        #expect(region.region.code == "05")
    }

    @Test func planningObjectsCoverTheFourDimensions() {
        let objects = SyntheticFixtures.ostergotland.planningObjects
        let services = Set(objects.map(\.careService))
        for service in ["Nybesök", "Återbesök", "Höftprotes", "Knäprotes", "Katarakt", "Gallstensoperation"] {
            #expect(services.contains(service), "missing vårdtjänst \(service)")
        }
        #expect(Set(objects.map(\.providerCategory)).isSuperset(of: ["Läkare", "Sjuksköterska", "Fysioterapeut"]))
        #expect(Set(objects.map(\.contactType)) == Set(ContactType.allCases))
        #expect(Set(objects.map(\.medicalPriority)).isSuperset(of: ["P1", "P2", "P3", "P4"]))
        #expect(objects.contains { $0.code == "ORT-HOFT-LAK-P2" && $0.specialty == "Ortopedi" })
    }

    @Test func defaultConfigurationCoversThreeYearsWithQuarterEndSnapshots() {
        let configuration = SyntheticRegionConfiguration(regionCode: "05", lastWeek: SyntheticFixtures.lastWeek)
        #expect(configuration.firstWeek == ISOWeek(year: 2022, week: 47))
        #expect(
            configuration.waitingSnapshotDates.map(\.description)
                == ["2025-03-31", "2025-06-30", "2025-09-30", "2025-11-23"])
    }
}

@Suite struct SyntheticRegionCoverageTests {
    @Test(arguments: SwedishRegion.all.map(\.code))
    func everyRegionGeneratesAValidOrganisation(code: String) throws {
        let region = SyntheticRegionGenerator.generate(
            SyntheticRegionConfiguration(regionCode: code, lastWeek: SyntheticFixtures.lastWeek, years: 1, scale: 0.02))
        let tree = try OrganisationTree(units: region.units)
        #expect(region.planningObjects.allSatisfy { tree.units[$0.unitCode]?.level == .unit })
        #expect(Set(region.planningObjects.map(\.code)).count == region.planningObjects.count)
    }
}
