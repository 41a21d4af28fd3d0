import PlanningDomain
import SyntheticData
import Testing

@Suite struct SyntheticIndicatorFeedTests {
    let region = SyntheticFixtures.ostergotland

    @Test func everyPatientTreatedInTheLastYearIsACompletedWaitWithTheDatesTheSnapshotsShow() {
        let last = region.configuration.lastWeek
        let window = last.adding(weeks: -51)...last
        var completed: [String: Int] = [:]
        for wait in region.completedWaits {
            #expect(window.contains(wait.performedWeek))
            #expect(wait.performedOn >= wait.waitingSince)
            completed["\(wait.planningObjectCode) \(wait.performedWeek)", default: 0] += 1
        }
        // Production of waiting-list objects is exactly the patients taken off the list that week.
        let acute = Set(region.planningObjects.filter { $0.medicalPriority == "AKUT" }.map(\.code))
        var checked = 0
        for count in region.production where window.contains(count.week) && !acute.contains(count.planningObjectCode) {
            #expect(completed["\(count.planningObjectCode) \(count.week)", default: 0] == count.count)
            checked += 1
        }
        #expect(checked > 1_000)
        // A patient treated after a snapshot who had been waiting a week before it is on that snapshot with the
        // same start day.
        let snapshot = region.waitingSnapshots[region.waitingSnapshots.count - 2]
        let onList = Set(snapshot.entries.map { "\($0.planningObjectCode) \($0.waitingSince)" })
        let afterSnapshot = region.completedWaits.filter {
            $0.performedOn > snapshot.date && $0.waitingSince <= snapshot.date.adding(days: -7)
        }
        #expect(afterSnapshot.count > 100)
        let missing = afterSnapshot.filter { !onList.contains("\($0.planningObjectCode) \($0.waitingSince)") }
        #expect(missing.isEmpty, "\(missing.count) of \(afterSnapshot.count), e.g. \(missing.prefix(3))")
    }

    @Test func cancellationsAreFewAndBedDaysFollowAdmissions() {
        let inpatient = Set(region.planningObjects.filter { $0.contactType == .inpatient }.map(\.code))
        let cancelled = region.cancellations.reduce(0) { $0 + $1.count }
        let planned = region.production.filter { !inpatient.contains($0.planningObjectCode) }.reduce(0) {
            $0 + $1.count
        }
        #expect(region.cancellations.allSatisfy { !inpatient.contains($0.planningObjectCode) })
        #expect(Double(cancelled) > 0.005 * Double(planned) && Double(cancelled) < 0.07 * Double(planned))
        #expect(Set(region.occupiedBedDays.map(\.planningObjectCode)) == inpatient)
        let admissions = region.production.filter { inpatient.contains($0.planningObjectCode) }.reduce(0) {
            $0 + $1.count
        }
        let bedDays = region.occupiedBedDays.reduce(0) { $0 + $1.count }
        // Lengths of stay in the specialty templates lie between 2 and 15 days.
        #expect(Double(bedDays) > 2 * Double(admissions) && Double(bedDays) < 15 * Double(admissions))
        #expect(region.resources.filter(\.isLimiting).map(\.code).sorted() == ["LAK", "OPSAL"])
    }
}
