import PlanningDomain
import Testing

@Suite("Waiting-list simulation")
struct WaitingListSimulationTests {
    let start = ISOWeek(year: 2025, week: 10)!

    @Test func flowsBalanceEveryWeekForRandomInputs() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let weeks = Int(generator.next() % 30) + 1
            let initial = (0..<Int(generator.next() % 6)).map { offset in
                WaitingCohort(
                    priority: Int(generator.next() % 4) + 1, joined: start.adding(weeks: -offset * 3 - 1),
                    count: Double(generator.next() % 50))
            }
            let inflow = (0..<weeks).map { _ in [1: Double(generator.next() % 20), 3: Double(generator.next() % 20)] }
            let capacity = (0..<weeks).map { _ in Double(generator.next() % 45) }
            let rate = Double(generator.next() % 10) / 100
            let projection = WaitingListSimulation(
                startWeek: start, initial: initial, inflow: inflow, capacity: capacity, withdrawalRate: rate
            ).run()
            var waiting = initial.reduce(0) { $0 + $1.count }
            for (index, week) in projection.weeks.enumerated() {
                let added = inflow[index].values.reduce(0, +)
                let expected = waiting + added - week.treated - week.withdrawn
                #expect(abs(week.waiting - expected) < 1e-6)
                #expect(week.treated <= capacity[index] + 1e-9)
                #expect(week.shareWaitingWithinLimit >= 0 && week.shareWaitingWithinLimit <= 1)
                waiting = week.waiting
            }
        }
    }

    @Test func theOldestOfAPriorityAreTreatedFirst() {
        let initial = [
            WaitingCohort(priority: 2, joined: start.adding(weeks: -20), count: 5),
            WaitingCohort(priority: 2, joined: start.adding(weeks: -2), count: 5),
        ]
        let week = WaitingListSimulation(startWeek: start, initial: initial, inflow: [[:]], capacity: [5]).run().weeks[
            0]
        #expect(week.cohorts == [WaitingCohort(priority: 2, joined: start.adding(weeks: -2), count: 5)])
        #expect(week.treatedWithinLimit == 0)  // the 20-week waiters were beyond 90 days
    }

    @Test func urgentPatientsGoBeforeLongWaitersUnlessLongWaitersArePrioritised() {
        let initial = [
            WaitingCohort(priority: 3, joined: start.adding(weeks: -30), count: 10),
            WaitingCohort(priority: 1, joined: start.adding(weeks: -1), count: 10),
        ]
        let byPriority = WaitingListSimulation(
            startWeek: start, initial: initial, inflow: [[:]], capacity: [10]
        ).run().weeks[0]
        #expect(byPriority.cohorts.map(\.priority) == [3])
        let longFirst = WaitingListSimulation(
            startWeek: start, initial: initial, inflow: [[:]], capacity: [10], policy: .longestWaitingFirst
        ).run().weeks[0]
        #expect(longFirst.cohorts.map(\.priority) == [1])
        #expect(longFirst.shareWaitingWithinLimit == 1)
        #expect(byPriority.shareWaitingWithinLimit == 0)
    }

    @Test func demandAboveCapacityGrowsTheListAndSaysSo() {
        let weeks = 52
        let projection = WaitingListSimulation(
            startWeek: start, initial: [], inflow: Array(repeating: [2: 30], count: weeks),
            capacity: Array(repeating: 20, count: weeks)
        ).run()
        #expect(abs(projection.weeks.last!.waiting - Double(10 * weeks)) < 1e-9)
        #expect(projection.load == 1.5)
        #expect(projection.diagnostic?.contains("50 %") == true)
        #expect(projection.diagnostic?.contains("belastning 1,50") == true)
        // FIFO keeps the newest 520 patients: the 13 youngest weekly cohorts (0–12 weeks) are within 90 days.
        #expect(projection.weeks[10].shareWaitingWithinLimit == 1)
        #expect(abs(projection.weeks.last!.shareWaitingWithinLimit - 390.0 / 520.0) < 1e-9)
    }

    @Test func spareCapacityIsReportedAndBandsAddUp() {
        let initial = [
            WaitingCohort(priority: 1, joined: start.adding(weeks: -1), count: 3),
            WaitingCohort(priority: 1, joined: start.adding(weeks: -30), count: 4),
        ]
        let projection = WaitingListSimulation(
            startWeek: start, initial: initial, inflow: [[:], [:]], capacity: [0, 10]
        ).run()
        let first = projection.weeks[0]
        #expect(first.bands() == [3, 0, 0, 0, 4])
        #expect(projection.weeks[1].unusedCapacity == 3)
        #expect(projection.weeks[1].waiting == 0)
        #expect(projection.diagnostic == nil)
    }
}
