import PlanningDomain
import SyntheticData
import Testing

@Suite struct SyntheticCapacityPlanTests {
    let region = SyntheticFixtures.ostergotland

    @Test func thePlanCoversTheYearAfterTheHistoryForSomeButNotAllUnits() throws {
        let plan = region.capacityPlan()
        let last = region.configuration.lastWeek
        #expect(!plan.isEmpty)
        #expect(plan.allSatisfy { $0.week > last && $0.week <= last.adding(weeks: 53) })
        #expect(Set(plan.map(\.week)).count == 53)
        let planned = Set(plan.map(\.unitCode))
        let all = Set(region.capacity.map(\.unitCode))
        #expect(planned.isSubset(of: all))
        #expect(planned.count < all.count)
        #expect(plan.allSatisfy { $0.absence >= 0 && $0.absence <= $0.planned })
    }

    @Test func highSummerHasMoreAbsenceThanTheSameWeeksAYearEarlier() throws {
        let plan = region.capacityPlan()
        let history = Dictionary(
            region.capacity.map { ("\($0.unitCode)|\($0.resourceCode)|\($0.week.key)", $0) },
            uniquingKeysWith: { first, _ in first })
        var compared = 0
        for record in plan {
            guard let earlier = ISOWeek(year: record.week.year - 1, week: record.week.week),
                let base = history["\(record.unitCode)|\(record.resourceCode)|\(earlier.key)"], base.planned > 0
            else { continue }
            #expect(record.planned == base.planned)
            let share = record.absence / max(record.planned, 1e-9)
            let baseShare = base.absence / base.planned
            if (28...31).contains(record.week.week) {
                // Half-hour rounding can take back at most half an hour of the extra 15 %.
                #expect(share >= baseShare + 0.15 - 0.5 / base.planned - 1e-9 || record.absence == record.planned)
                compared += 1
            } else {
                #expect(abs(record.absence - base.absence) <= 0.5 + 1e-9)
            }
        }
        #expect(compared > 0)
    }

    @Test func aPlanAfterAnEarlierWeekStartsTheWeekAfterIt() {
        let cutoff = region.configuration.lastWeek.adding(weeks: -12)
        let plan = region.capacityPlan(after: cutoff)
        #expect(plan.map(\.week).min() == cutoff.adding(weeks: 1))
        #expect(plan.map(\.week).max() == cutoff.adding(weeks: 53))
    }
}
