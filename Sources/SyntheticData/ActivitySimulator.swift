import Foundation
import PlanningDomain

/// Simulates weekly inflow, production and the waiting lists of every planning object.
enum ActivitySimulator {
    struct Result: Sendable {
        var inflow: [WeeklyCount]
        var production: [WeeklyCount]
        var snapshots: [WaitingListSnapshot]
        var cancellations: [WeeklyCount]
        var occupiedBedDays: [WeeklyCount]
        var completedWaits: [CompletedWait]
    }

    /// Completed waits are written for the history's last year only (the indicators' window; a large region's
    /// full history would be millions of rows).
    static let completedWaitWeeks = 52

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
        var cancellations: [WeeklyCount] = []
        var occupiedBedDays: [WeeklyCount] = []
        var completedWaits: [CompletedWait] = []
        let firstCompletedOffset = weeks.count - completedWaitWeeks
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
            var events = SeededGenerator(seed: seed, stream: 4, objectKey)
            // Planned visits and operations are sometimes struck (cancelled): 1–6 % of what was performed.
            let cancellationRate =
                plan.isAcute || plan.object.contactType == .inpatient ? 0 : events.uniform(0.01, 0.06)
            var removals: [WaitingQueue.Removal] = []
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
                    removals.removeAll(keepingCapacity: true)
                    produced = queue.remove(potential, recording: &removals)
                    if offset >= firstCompletedOffset {
                        completedWaits += completed(
                            removals, object: plan.object.code, objectKey: objectKey, offset: offset, weeks: weeks,
                            seed: seed, random: &events)
                    }
                }
                inflow.append(WeeklyCount(planningObjectCode: plan.object.code, week: week, count: arrived))
                production.append(WeeklyCount(planningObjectCode: plan.object.code, week: week, count: produced))
                if cancellationRate > 0 {
                    cancellations.append(
                        WeeklyCount(
                            planningObjectCode: plan.object.code, week: week,
                            count: events.poisson(Double(produced) * cancellationRate)))
                }
                if plan.lengthOfStay > 0 {
                    occupiedBedDays.append(
                        WeeklyCount(
                            planningObjectCode: plan.object.code, week: week,
                            count: events.overdispersedCount(mean: Double(produced) * plan.lengthOfStay, sigma: 0.05)))
                }
                emitSnapshots(at: offset)
            }
        }
        let snapshots = zip(configuration.waitingSnapshotDates, snapshotEntries).map {
            WaitingListSnapshot(date: $0, entries: $1)
        }
        return Result(
            inflow: inflow, production: production, snapshots: snapshots, cancellations: cancellations,
            occupiedBedDays: occupiedBedDays, completedWaits: completedWaits)
    }

    /// The waits that ended with this week's production: each patient's waiting-start day as the snapshots show
    /// it, and a working day of this week (never before the start) as the day the care was given.
    private static func completed(
        _ removals: [WaitingQueue.Removal], object: String, objectKey: UInt64, offset: Int, weeks: WeekTable,
        seed: UInt64, random: inout SeededGenerator
    ) -> [CompletedWait] {
        var days = weeks.workingDates(offset)
        if days.isEmpty { days = Array(weeks.week(offset).days.prefix(5)) }
        var result: [CompletedWait] = []
        for removal in removals {
            let starts = WaitingQueue.startDates(
                offset: removal.offset, total: removal.cohortTotal, objectKey: objectKey, weeks: weeks, seed: seed)
            for position in removal.positions {
                let since = starts[position]
                let day = days[random.integer(below: days.count)]
                result.append(
                    CompletedWait(planningObjectCode: object, waitingSince: since, performedOn: max(since, day)))
            }
        }
        return result
    }
}
