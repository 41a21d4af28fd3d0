import Foundation
import PlanningDomain

/// Calendar regressors for consecutive ISO weeks: where the week lies in the year, how many of its normal
/// working days are lost to holidays, and why (if at all) it is a low-production week.
struct SwedishWeekFeatures: Sendable {
    /// Position of the week's Thursday in its calendar year, in [0, 1): (day of year − 0.5) / days in year.
    var position: [Double]
    /// Working days / 5 − 1: 0 in a normal week, −0.2 per lost working day (Easter, Ascension, Christmas, …).
    var workingShortfall: [Double]
    /// Index into ``reasons`` of the week's low-production reason, or −1 for a normal week.
    var reasonIndex: [Int]
    /// The distinct low-production reasons the calendar can produce, in rule order.
    var reasons: [LowProductionReason]

    /// Number of weeks described.
    var count: Int { position.count }

    /// Features for `count` weeks starting with `first`.
    init(first: ISOWeek, count: Int, lowProduction: LowProductionCalendar) {
        var reasons: [LowProductionReason] = []
        for rule in lowProduction.rules where !reasons.contains(rule.reason) { reasons.append(rule.reason) }
        self.reasons = reasons
        let weeks = WeekSequence.weeks(from: first, count: count)
        let calendar = SwedishCalendar()
        // Holiday dates per calendar year, computed once per year rather than once per week.
        var holidayDays: [Int: Set<Int>] = [:]
        func isHoliday(_ date: CivilDate) -> Bool {
            if let days = holidayDays[date.year] { return days.contains(date.daysSinceEpoch) }
            let days = Set(calendar.holidays(in: date.year).map(\.date.daysSinceEpoch))
            holidayDays[date.year] = days
            return days.contains(date.daysSinceEpoch)
        }
        position = []
        workingShortfall = []
        reasonIndex = []
        position.reserveCapacity(count)
        workingShortfall.reserveCapacity(count)
        reasonIndex.reserveCapacity(count)
        for week in weeks {
            let monday = week.monday
            let thursday = monday.adding(days: 3)
            let daysInYear = CivilDate.isLeapYear(thursday.year) ? 366.0 : 365.0
            position.append((Double(thursday.dayOfYear) - 0.5) / daysInYear)
            let working = (0..<5).count { !isHoliday(monday.adding(days: $0)) }
            workingShortfall.append(Double(working) / 5 - 1)
            let reason = lowProduction.reason(for: week)
            reasonIndex.append(reason.flatMap { reasons.firstIndex(of: $0) } ?? -1)
        }
    }

    /// The regression columns for the first `count` weeks: intercept, working-day shortfall, one indicator
    /// per reason in `activeReasons`, then sine and cosine pairs for harmonics 1…`harmonics`.
    func columns(count: Int, activeReasons: [Int], harmonics: Int) -> [[Double]] {
        var columns: [[Double]] = [
            Array(repeating: 1, count: count), Array(workingShortfall.prefix(count)),
        ]
        for reason in activeReasons {
            columns.append(reasonIndex.prefix(count).map { $0 == reason ? 1 : 0 })
        }
        var sines = [[Double]](repeating: [], count: harmonics)
        var cosines = [[Double]](repeating: [], count: harmonics)
        for t in 0..<count {
            // Harmonics by the angle-addition recurrence: one sin/cos call per week.
            let angle = 2 * Double.pi * position[t]
            let (s1, c1) = (sin(angle), cos(angle))
            var (s, c) = (s1, c1)
            for k in 0..<harmonics {
                sines[k].append(s)
                cosines[k].append(c)
                (s, c) = (s * c1 + c * s1, c * c1 - s * s1)
            }
        }
        for k in 0..<harmonics {
            columns.append(sines[k])
            columns.append(cosines[k])
        }
        return columns
    }
}
