import PlanningDomain
import SyntheticData
import Testing

@Suite struct SyntheticCapacityTests {
    let region = SyntheticFixtures.ostergotland

    @Test func absenceNeverExceedsPlannedAndValuesAreHalfHours() {
        #expect(!region.capacity.isEmpty)
        for record in region.capacity {
            #expect(record.planned >= 0)
            #expect(record.absence >= 0 && record.absence <= record.planned)
            #expect((record.planned * 2).rounded() == record.planned * 2)
            #expect((record.absence * 2).rounded() == record.absence * 2)
        }
    }

    @Test func capacityReferencesKnownEnheterAndResources() {
        let enheter = Set(region.units.filter { $0.level == .unit }.map(\.code))
        let resources = Set(region.resources.map(\.code))
        #expect(region.capacity.allSatisfy { enheter.contains($0.unitCode) && resources.contains($0.resourceCode) })
        let first = region.configuration.firstWeek
        let last = region.configuration.lastWeek
        #expect(region.capacity.allSatisfy { $0.week >= first && $0.week <= last })
        #expect(
            Set(region.capacity.map { "\($0.unitCode)|\($0.resourceCode)|\($0.week.key)" }).count
                == region.capacity.count)
    }

    @Test func resourcesIncludeCompetencesOperatingRoomsAndBeds() {
        let codes = Set(region.resources.map(\.code))
        #expect(codes.isSuperset(of: ["LAK", "SSK", "USK", "FYS", "OPSAL", "VPL"]))
        let used = Set(region.capacity.map(\.resourceCode))
        #expect(used.isSuperset(of: ["LAK", "SSK", "USK", "OPSAL", "VPL"]))
    }

    @Test func staffTakeSummerVacationAndAreSometimesSick() {
        func absenceShare(_ weeks: ClosedRange<Int>) -> Double {
            let records = region.capacity.filter { $0.resourceCode == "SSK" && weeks.contains($0.week.week) }
            return records.reduce(0) { $0 + $1.absence } / records.reduce(0) { $0 + $1.planned }
        }
        let summer = absenceShare(28...31)
        let spring = absenceShare(10...12)
        #expect(summer > 0.4 && summer < 0.65)
        #expect(spring > 0.04 && spring < 0.15)
    }

    @Test func operatingUnitsHaveRoomHoursAndWardsHaveBeds() {
        let operating = region.capacity.filter { $0.resourceCode == "OPSAL" }
        #expect(operating.allSatisfy { $0.unitCode.hasSuffix("-OP") })
        let beds = region.capacity.filter { $0.resourceCode == "VPL" }
        #expect(beds.allSatisfy { $0.unitCode.hasSuffix("-AVD") })
        #expect(beds.contains { $0.planned >= 10 })
    }
}
