import PlanningDomain
import SyntheticData
import Testing

@Suite struct SyntheticWaitingListTests {
    let region = SyntheticFixtures.ostergotland

    @Test func entriesStartOnOrBeforeSnapshotDateAndTargetFollowsPriority() throws {
        let targets = ["P1": 30, "P2": 60, "P3": 90, "P4": 180]
        let objects = Dictionary(uniqueKeysWithValues: region.planningObjects.map { ($0.code, $0) })
        #expect(region.waitingSnapshots.count == 4)
        for snapshot in region.waitingSnapshots {
            #expect(!snapshot.entries.isEmpty)
            for entry in snapshot.entries {
                let object = try #require(objects[entry.planningObjectCode])
                #expect(entry.waitingSince <= snapshot.date)
                let target = try #require(entry.medicalTargetDate)
                #expect(target >= entry.waitingSince)
                #expect(entry.priority == object.medicalPriority)
                #expect(CivilDate.days(from: entry.waitingSince, to: target) == targets[object.medicalPriority])
            }
        }
    }

    @Test func waitingStartsOnWorkingDays() {
        let calendar = SwedishCalendar()
        let entries = region.waitingSnapshots.last!.entries
        #expect(entries.allSatisfy { calendar.isWorkingDay($0.waitingSince) })
    }

    @Test func acuteCareHasNoWaitingList() {
        let acute = Set(region.planningObjects.filter { $0.contactType == .inpatient }.map(\.code))
        #expect(!acute.isEmpty)
        for snapshot in region.waitingSnapshots {
            #expect(!snapshot.entries.contains { acute.contains($0.planningObjectCode) })
        }
    }

    @Test func someWaitingListsGrowAndOthersShrink() throws {
        let first = try #require(region.waitingSnapshots.first)
        let last = try #require(region.waitingSnapshots.last)
        let before = Dictionary(grouping: first.entries, by: \.planningObjectCode).mapValues(\.count)
        let after = Dictionary(grouping: last.entries, by: \.planningObjectCode).mapValues(\.count)
        let codes = Set(before.keys).union(after.keys)
        #expect(codes.contains { (after[$0] ?? 0) > (before[$0] ?? 0) + 10 })
        #expect(codes.contains { (after[$0] ?? 0) + 10 < (before[$0] ?? 0) })
    }

    @Test func aPatientKeepsTheWaitingStartAcrossSnapshots() throws {
        // The longest waiter of the last snapshot entered before the first snapshot was taken, so FIFO means
        // they were waiting then too, with the same date.
        let first = try #require(region.waitingSnapshots.first)
        let last = try #require(region.waitingSnapshots.last)
        let oldest = try #require(last.entries.min { $0.waitingSince < $1.waitingSince })
        #expect(oldest.waitingSince < first.date)
        #expect(first.entries.contains(oldest))
    }

    @Test func waitingListChangeMatchesInflowMinusProduction() throws {
        // Stock and flow agree: list(last) − list(first) = inflow − production in between, per object.
        let snapshots = region.waitingSnapshots
        let first = try #require(snapshots.first)
        let last = try #require(snapshots.last)
        #expect(first.date.weekday == .monday)  // 2025-03-31: the list as of the end of week 13
        let fromWeek = ISOWeek(containing: first.date)
        let toWeek = ISOWeek(containing: last.date)
        let code = "ORT-NYB-LAK-P3"
        let inflow = region.inflow.filter { $0.planningObjectCode == code && $0.week >= fromWeek && $0.week <= toWeek }
        let production = region.production.filter {
            $0.planningObjectCode == code && $0.week >= fromWeek && $0.week <= toWeek
        }
        let net = inflow.reduce(0) { $0 + $1.count } - production.reduce(0) { $0 + $1.count }
        let change =
            last.entries.count { $0.planningObjectCode == code }
            - first.entries.count {
                $0.planningObjectCode == code
            }
        #expect(change == net)
    }
}
