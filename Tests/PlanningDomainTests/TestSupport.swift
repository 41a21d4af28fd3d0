import PlanningDomain

/// A date from a literal known to be valid in the test source.
func date(_ text: String) -> CivilDate {
    guard let value = CivilDate.parse(text) else { fatalError("bad test date \(text)") }
    return value
}

/// A week from a literal known to be valid in the test source.
func week(_ year: Int, _ number: Int) -> ISOWeek {
    guard let value = ISOWeek(year: year, week: number) else { fatalError("bad test week \(year)-\(number)") }
    return value
}

/// Every date from `first` through `last`, in order.
func everyDay(from first: String, through last: String) -> [CivilDate] {
    let start = date(first).daysSinceEpoch
    let end = date(last).daysSinceEpoch
    return (start...end).map(CivilDate.init(daysSinceEpoch:))
}

/// Every ISO week of week-years `years`, in order, built without `adding(weeks:)`.
func everyWeek(of years: ClosedRange<Int>) -> [ISOWeek] {
    years.flatMap { year in (1...ISOWeek.weeksIn(year: year)).map { week(year, $0) } }
}

/// Weekday by Zeller's congruence: an independent reference for `CivilDate.weekday`. Returns ISO 1...7.
func zellerWeekday(year: Int, month: Int, day: Int) -> Int {
    let m = month < 3 ? month + 12 : month
    let y = month < 3 ? year - 1 : year
    let h = (day + 13 * (m + 1) / 5 + y + y / 4 - y / 100 + y / 400) % 7  // 0 = Saturday
    return (h + 5) % 7 + 1
}
