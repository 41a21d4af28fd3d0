import PlanningDomain

/// Consecutive ISO weeks, built incrementally (cheaper than date arithmetic per week).
enum WeekSequence {
    /// `count` consecutive weeks starting with `first`.
    static func weeks(from first: ISOWeek, count: Int) -> [ISOWeek] {
        var result: [ISOWeek] = []
        result.reserveCapacity(max(0, count))
        walk(from: first, count: count) { year, week in
            // Falls back to date arithmetic only if the year leaves ISOWeek's range (never for real data).
            result.append(ISOWeek(year: year, week: week) ?? first.adding(weeks: result.count))
        }
        return result
    }

    /// The week numbers (1–53) of `count` consecutive weeks starting with `first`.
    static func numbers(from first: ISOWeek, count: Int) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(max(0, count))
        walk(from: first, count: count) { _, week in result.append(week) }
        return result
    }

    private static func walk(from first: ISOWeek, count: Int, _ body: (Int, Int) -> Void) {
        var year = first.year
        var week = first.week
        var weeksInYear = ISOWeek.weeksIn(year: year)
        for _ in 0..<max(0, count) {
            body(year, week)
            week += 1
            if week > weeksInYear {
                year += 1
                week = 1
                weeksInYear = ISOWeek.weeksIn(year: year)
            }
        }
    }
}
