import Foundation
import PlanningDomain

/// Simulates weekly inflow, production and the waiting lists of every planning object.
enum ActivitySimulator {
    struct Result: Sendable {
        var inflow: [WeeklyCount]
        var production: [WeeklyCount]
        var snapshots: [WaitingListSnapshot]
    }

    static func run(
        plans: [ObjectPlan], weeks: WeekTable, capacity: CapacityBuilder.Result,
        configuration: SyntheticRegionConfiguration
    ) -> Result {
        let seed = configuration.seed
        // The week whose end state each snapshot shows: the last week ending on or before the snapshot date.
        let snapshotOffsets = configuration.waitingSnapshotDates.map { date in
            let week = date.weekday == .sunday ? ISOWeek(containing: date) : ISOWeek(containing: date).adding(weeks: -1)
            return min(weeks.count - 1, max(-1, ISOWeek.weeks(from: configuration.firstWeek, to: week)))
        }
        var snapshotEntries = [[WaitingEntry]](repeating: [], count: snapshotOffsets.count)
        var inflow: [WeeklyCount] = []
        var production: [WeeklyCount] = []
        inflow.reserveCapacity(plans.count * weeks.count)
        production.reserveCapacity(plans.count * weeks.count)
        let meanInflowFactor = weeks.meanInflowFactor
        let flatIndex = [Double](repeating: 1, count: weeks.count)

        for plan in plans {
            let objectKey = SeededGenerator.stableHash(plan.object.code)
            var random = SeededGenerator(seed: seed, stream: 2, objectKey)
            let index = capacity.index(leaf: plan.leafIndex, resource: plan.drivingResource) ?? flatIndex
            let meanIndex = max(0.1, index.reduce(0, +) / Double(index.count))
            // Production in a normal week, chosen so that over a year it is `capacityRatio` × inflow.
            let level = plan.weeklyRate * plan.capacityRatio * meanInflowFactor / meanIndex
            var queue = WaitingQueue()
            if let targetDays = plan.targetDays {
                // The initial waiting list: the last few weeks' inflow, about one target time's worth.
                let backlogWeeks = max(1, Int((Double(targetDays) / 7 * random.uniform(0.4, 1.2)).rounded()))
                for offset in -min(backlogWeeks, WeekTable.margin)..<0 {
                    queue.add(random.poisson(plan.weeklyRate * weeks.inflowFactor(offset)), offset: offset)
                }
            }
            func emitSnapshots(at offset: Int) {
                guard let targetDays = plan.targetDays else { return }
                for (snapshot, snapshotOffset) in snapshotOffsets.enumerated() where snapshotOffset == offset {
                    snapshotEntries[snapshot].append(
                        contentsOf: queue.entries(
                            object: plan.object, objectKey: objectKey, targetDays: targetDays,
                            asOf: configuration.waitingSnapshotDates[snapshot], weeks: weeks, seed: seed))
                }
            }
            emitSnapshots(at: -1)
            for offset in 0..<weeks.count {
                let week = weeks.week(offset)
                let trend = pow(1 + plan.trendPerYear, Double(offset) / 52.18)
                let arrived = random.overdispersedCount(mean: plan.weeklyRate * trend * weeks.inflowFactor(offset))
                let produced: Int
                if plan.isAcute {
                    produced = arrived
                } else {
                    queue.add(arrived, offset: offset)
                    let potential = random.overdispersedCount(mean: level * index[offset], sigma: 0.08)
                    produced = queue.remove(potential)
                }
                inflow.append(WeeklyCount(planningObjectCode: plan.object.code, week: week, count: arrived))
                production.append(WeeklyCount(planningObjectCode: plan.object.code, week: week, count: produced))
                emitSnapshots(at: offset)
            }
        }
        let snapshots = zip(configuration.waitingSnapshotDates, snapshotEntries).map {
            WaitingListSnapshot(date: $0, entries: $1)
        }
        return Result(inflow: inflow, production: production, snapshots: snapshots)
    }
}
