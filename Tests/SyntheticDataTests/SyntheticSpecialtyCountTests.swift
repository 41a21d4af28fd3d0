import PlanningDomain
import SyntheticData
import Testing

@Suite struct SyntheticSpecialtyCountTests {
    @Test func aLargeRegionCanHaveFortySpecialtiesWithUniqueCodes() {
        let region = SyntheticRegionGenerator.generate(
            SyntheticRegionConfiguration(
                regionCode: "01", seed: 3, lastWeek: ISOWeek(year: 2025, week: 20)!, years: 1, scale: 0.05,
                specialtyCount: 40))
        #expect(Set(region.planningObjects.map(\.specialty)).count == 40)
        #expect(Set(region.planningObjects.map(\.code)).count == region.planningObjects.count)
        #expect(Set(region.units.map(\.code)).count == region.units.count)
        let units = Set(region.units.map(\.code))
        #expect(region.planningObjects.allSatisfy { units.contains($0.unitCode) })
        // The first 16 are the standard ones: the default region is unchanged by the option.
        let standard = SyntheticRegionGenerator.generate(
            SyntheticRegionConfiguration(
                regionCode: "01", seed: 3, lastWeek: ISOWeek(year: 2025, week: 20)!, years: 1, scale: 0.05))
        #expect(Set(standard.planningObjects.map(\.specialty)).count == 16)
        #expect(
            Set(standard.planningObjects.map(\.specialty)).isSubset(of: Set(region.planningObjects.map(\.specialty))))
    }
}
