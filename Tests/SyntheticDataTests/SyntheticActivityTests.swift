import PlanningDomain
import SyntheticData
import Testing

@Suite struct SyntheticActivityTests {
    let region = SyntheticFixtures.ostergotland

    @Test func weeklyCountsLieWithinHistoryAndAreNonNegative() {
        let first = region.configuration.firstWeek
        let last = region.configuration.lastWeek
        for count in region.inflow + region.production {
            #expect(count.week >= first && count.week <= last, "\(count.planningObjectCode) \(count.week)")
            #expect(count.count >= 0)
        }
    }

    @Test func everyObjectHasExactlyOneCountPerWeekAndSeries() {
        let weeks = ISOWeek.weeks(from: region.configuration.firstWeek, to: region.configuration.lastWeek) + 1
        for series in [region.inflow, region.production] {
            var keys = Set<String>()
            for count in series {
                let inserted = keys.insert("\(count.planningObjectCode)|\(count.week.key)").inserted
                #expect(inserted, "duplicate \(count.planningObjectCode) \(count.week)")
            }
            #expect(keys.count == region.planningObjects.count * weeks)
        }
        let known = Set(region.planningObjects.map(\.code))
        #expect(region.inflow.allSatisfy { known.contains($0.planningObjectCode) })
    }

    @Test func summerInflowIsClearlyBelowSpringInflow() {
        let spring = SyntheticFixtures.meanInflow(region, weeks: 10...12)
        let summer = SyntheticFixtures.meanInflow(region, weeks: 28...31)
        #expect(summer < 0.75 * spring)
    }

    @Test func christmasWeekHasLessInflowThanAutumnWeeks() {
        let autumn = SyntheticFixtures.meanInflow(region, weeks: 45...48)
        let christmas = SyntheticFixtures.meanInflow(region, weeks: 52...52)
        #expect(christmas < 0.7 * autumn)
    }

    @Test func productionDipsInSummer() {
        func meanProduction(_ weeks: ClosedRange<Int>) -> Double {
            let counts = region.production.filter { weeks.contains($0.week.week) }
            let weekCount = Set(counts.map(\.week)).count
            return Double(counts.reduce(0) { $0 + $1.count }) / Double(weekCount)
        }
        #expect(meanProduction(28...31) < 0.7 * meanProduction(10...12))
    }

    @Test func someObjectsTrendUpAndOthersDown() {
        // Compare the same autumn weeks of the first and the last year, per object.
        var early: [String: Int] = [:]
        var late: [String: Int] = [:]
        let firstYear = region.configuration.firstWeek.year + 1
        let lastYear = region.configuration.lastWeek.year
        for count in region.inflow where (36...46).contains(count.week.week) {
            if count.week.year == firstYear { early[count.planningObjectCode, default: 0] += count.count }
            if count.week.year == lastYear { late[count.planningObjectCode, default: 0] += count.count }
        }
        let large = early.filter { $0.value >= 200 }.keys
        #expect(large.contains { Double(late[$0] ?? 0) > 1.08 * Double(early[$0]!) })
        #expect(large.contains { Double(late[$0] ?? 0) < 0.92 * Double(early[$0]!) })
    }

    @Test func acuteInpatientCareIsProducedInTheWeekItArrives() throws {
        let acute = try #require(region.planningObjects.first { $0.contactType == .inpatient })
        let inflow = region.inflow.filter { $0.planningObjectCode == acute.code }.map(\.count)
        let production = region.production.filter { $0.planningObjectCode == acute.code }.map(\.count)
        #expect(!inflow.isEmpty)
        #expect(inflow == production)
    }
}
