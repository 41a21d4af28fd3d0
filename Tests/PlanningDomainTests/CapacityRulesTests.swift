import PlanningDomain
import Testing

@Suite("Beds and acute dimensioning")
struct CapacityRulesTests {
    @Test func censusIsTheRollingSumOfAdmissionsOverTheStay() {
        let census = BedCensus.census(admissions: [2, 0, 3, 1, 0, 0, 4], lengthOfStay: Quantity(3))
        #expect(census == [2, 2, 5, 4, 4, 1, 4])
    }

    @Test func steadyAdmissionsGiveLittlesLawCensus() {
        let census = BedCensus.census(admissions: Array(repeating: 6, count: 60), lengthOfStay: Quantity(5))
        #expect(census.last == 30)
        #expect(BedCensus.averageLengthOfStay(census: 30, admissionsPerDay: 6)?.value == 5)
        #expect(BedCensus.bedsNeeded(census: 30, occupancyTarget: 0.85).map { ($0.value * 100).rounded() } == 3529)
        #expect(BedCensus.bedsNeeded(census: 30, occupancyTarget: 0) == nil)
    }

    @Test func slotCapacityIsThePercentileOfItsHours() {
        // Ten Mondays at 08: arrivals 1…10. The 85th percentile (type 7) is 1 + 0.85 × 9 = 8.65.
        let observations = (1...10).map {
            AcuteDimensioning.Observation(weekday: .monday, hour: 8, arrivals: Double($0))
        }
        let capacity = AcuteDimensioning.capacityBySlot(observations, percentile: 0.85)
        #expect(abs(capacity[.monday]![8]! - 8.65) < 1e-12)
        #expect(AcuteDimensioning.coverage(observations, capacity: capacity) == 0.8)
        let full = AcuteDimensioning.capacityBySlot(observations, percentile: 1)
        #expect(AcuteDimensioning.coverage(observations, capacity: full) == 1)
    }
}
