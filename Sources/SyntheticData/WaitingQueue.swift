import PlanningDomain

/// The waiting list of one planning object as a FIFO queue of weekly cohorts.
///
/// Patients are identified only by their position in the cohort of the week they entered; their waiting-start
/// days are redrawn from the cohort's own seeded stream whenever a snapshot is taken, so a patient keeps the
/// same date in every snapshot until removed.
struct WaitingQueue {
    private struct Cohort {
        var offset: Int
        var total: Int
        var removed: Int
    }

    private var cohorts: [Cohort] = []
    private var head = 0
    /// Number of patients waiting.
    private(set) var size = 0

    /// Adds `count` patients who entered in the week at `offset`.
    mutating func add(_ count: Int, offset: Int) {
        guard count > 0 else { return }
        cohorts.append(Cohort(offset: offset, total: count, removed: 0))
        size += count
    }

    /// Removes up to `count` patients, longest waiting first; returns how many were removed.
    @discardableResult
    mutating func remove(_ count: Int) -> Int {
        var remaining = min(count, size)
        let removed = remaining
        while remaining > 0 {
            let available = cohorts[head].total - cohorts[head].removed
            let taken = min(available, remaining)
            cohorts[head].removed += taken
            remaining -= taken
            if cohorts[head].removed == cohorts[head].total { head += 1 }
        }
        size -= removed
        // Drop served cohorts now and then so the array stays short.
        if head > 64, head * 2 > cohorts.count {
            cohorts.removeFirst(head)
            head = 0
        }
        return removed
    }

    /// The waiting entries as of `date`, oldest first. Each patient's waiting-start day is a working day of the
    /// week they entered, drawn from a stream keyed by (`seed`, `objectKey`, week).
    func entries(
        object: PlanningObject, objectKey: UInt64, targetDays: Int, asOf date: CivilDate, weeks: WeekTable, seed: UInt64
    ) -> [WaitingEntry] {
        var result: [WaitingEntry] = []
        result.reserveCapacity(size)
        for cohort in cohorts[head...] {
            var dates = weeks.workingDates(cohort.offset)
            if dates.isEmpty { dates = Array(weeks.week(cohort.offset).days.prefix(5)) }
            var random = SeededGenerator(seed: seed, stream: 3, objectKey, UInt64(bitPattern: Int64(cohort.offset)))
            // Draw every patient of the cohort (also those already served) so positions keep their days.
            var dayIndices = (0..<cohort.total).map { _ in random.integer(below: dates.count) }
            dayIndices.sort()
            for position in cohort.removed..<cohort.total {
                let since = dates[dayIndices[position]]
                guard since <= date else { continue }
                result.append(
                    WaitingEntry(
                        planningObjectCode: object.code, waitingSince: since,
                        medicalTargetDate: since.adding(days: targetDays), priority: object.medicalPriority))
            }
        }
        return result
    }
}
