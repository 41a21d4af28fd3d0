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

    /// Patients taken off the list together: positions `positions` of the cohort that entered at `offset`.
    struct Removal {
        var offset: Int
        var cohortTotal: Int
        var positions: Range<Int>
    }

    /// Removes up to `count` patients, longest waiting first; returns how many were removed.
    @discardableResult
    mutating func remove(_ count: Int) -> Int {
        var ignored: [Removal] = []
        return remove(count, recording: &ignored)
    }

    /// Removes up to `count` patients, longest waiting first, appending who left to `removals`; returns how many
    /// were removed.
    mutating func remove(_ count: Int, recording removals: inout [Removal]) -> Int {
        var remaining = min(count, size)
        let removed = remaining
        while remaining > 0 {
            let available = cohorts[head].total - cohorts[head].removed
            let taken = min(available, remaining)
            removals.append(
                Removal(
                    offset: cohorts[head].offset, cohortTotal: cohorts[head].total,
                    positions: cohorts[head].removed..<(cohorts[head].removed + taken)))
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
            let starts = Self.startDates(
                offset: cohort.offset, total: cohort.total, objectKey: objectKey, weeks: weeks, seed: seed)
            for position in cohort.removed..<cohort.total {
                let since = starts[position]
                guard since <= date else { continue }
                result.append(
                    WaitingEntry(
                        planningObjectCode: object.code, waitingSince: since,
                        medicalTargetDate: since.adding(days: targetDays), priority: object.medicalPriority))
            }
        }
        return result
    }

    /// The waiting-start day of every patient of the cohort that entered at `offset`, by position: working days
    /// of that week drawn from a stream keyed by (`seed`, `objectKey`, week), sorted, so a patient keeps the same
    /// day in every snapshot and when taken off the list.
    static func startDates(offset: Int, total: Int, objectKey: UInt64, weeks: WeekTable, seed: UInt64) -> [CivilDate] {
        var dates = weeks.workingDates(offset)
        if dates.isEmpty { dates = Array(weeks.week(offset).days.prefix(5)) }
        var random = SeededGenerator(seed: seed, stream: 3, objectKey, UInt64(bitPattern: Int64(offset)))
        // Draw every patient of the cohort (also those already served) so positions keep their days.
        var dayIndices = (0..<total).map { _ in random.integer(below: dates.count) }
        dayIndices.sort()
        return dayIndices.map { dates[$0] }
    }
}
