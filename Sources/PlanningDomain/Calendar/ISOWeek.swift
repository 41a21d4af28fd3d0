/// An ISO 8601 week: Monday to Sunday, numbered 1–52 or 1–53 within an ISO week-year.
///
/// Week 1 is the week that contains the year's first Thursday (equivalently, 4 January), so
/// 29–31 December can belong to week 1 of the next year and 1–3 January to week 52 or 53 of the previous.
/// Planning in Swedish healthcare is done per week ("vecka 7"); this is that week.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The ISO week-year, which differs from the calendar year for a few days around New Year.
    public let year: Int
    /// The week number, 1 through ``weeksIn(year:)``.
    public let week: Int

    /// Creates a week, or returns nil if `week` is not in 1...``weeksIn(year:)`` (e.g. week 53 of 2025).
    public init?(year: Int, week: Int) {
        // One year of margin on each side keeps `monday` and `sunday` inside CivilDate's range.
        guard year > CivilDate.supportedYears.lowerBound, year < CivilDate.supportedYears.upperBound,
            week >= 1, week <= Self.weeksIn(year: year)
        else { return nil }
        self.year = year
        self.week = week
    }

    /// The week that contains `date`, handling dates around New Year that belong to a neighbouring week-year.
    public init(containing date: CivilDate) {
        let thursday = date.adding(days: Weekday.thursday.rawValue - date.weekday.rawValue)
        year = thursday.year
        week = (thursday.dayOfYear - 1) / 7 + 1
    }

    /// Creates a week from its storage ``key`` (`year * 100 + week`), or nil if the key is not a valid week.
    public init?(key: Int) {
        guard key >= 0 else { return nil }
        self.init(year: key / 100, week: key % 100)
    }

    /// The number of ISO weeks in the week-year: 53 when 1 January is a Thursday, or a Wednesday in a leap year;
    /// otherwise 52.
    public static func weeksIn(year: Int) -> Int {
        // 28 December is always in the last week of its year.
        ISOWeek(containing: CivilDate(unchecked: year, 12, 28)).week
    }

    /// The Monday that starts the week.
    public var monday: CivilDate {
        let fourthOfJanuary = CivilDate(unchecked: year, 1, 4)
        let firstMonday = fourthOfJanuary.adding(days: 1 - fourthOfJanuary.weekday.rawValue)
        return firstMonday.adding(days: (week - 1) * 7)
    }

    /// The Thursday of the week, which decides the week's year, month, quarter and tertial.
    public var thursday: CivilDate { monday.adding(days: 3) }

    /// The Sunday that ends the week.
    public var sunday: CivilDate { monday.adding(days: 6) }

    /// The seven dates of the week, Monday first.
    public var days: [CivilDate] {
        let start = monday
        return (0..<7).map { start.adding(days: $0) }
    }

    /// The month that contains the week's Thursday.
    ///
    /// Convention: a week that straddles two months belongs entirely to the month holding most of its days,
    /// which is the month of its Thursday. This is the same rule ISO 8601 uses to assign weeks to years, so
    /// every week belongs to exactly one month, quarter and tertial, and the week's ``year`` always matches.
    public var month: YearMonth { YearMonth(containing: thursday) }

    /// The quarter that contains the week's Thursday (see ``month`` for the convention).
    public var quarter: YearQuarter { YearQuarter(containing: thursday) }

    /// The tertial that contains the week's Thursday (see ``month`` for the convention).
    public var tertial: YearTertial { YearTertial(containing: thursday) }

    /// The week `weeks` weeks later (or earlier, if negative), crossing week-years as needed.
    public func adding(weeks: Int) -> ISOWeek {
        ISOWeek(containing: monday.adding(days: weeks * 7))
    }

    /// The number of weeks from `start` to `end`; positive when `end` is later.
    public static func weeks(from start: ISOWeek, to end: ISOWeek) -> Int {
        CivilDate.days(from: start.monday, to: end.monday) / 7
    }

    /// A compact integer for storage and indexing: `year * 100 + week`, e.g. 202507. Orders like the weeks.
    public var key: Int { year * 100 + week }

    /// Orders weeks chronologically.
    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }

    /// The ISO 8601 form "YYYY-Www", e.g. "2025-W07".
    public var description: String {
        ASCIIDigits.padded(year, width: 4) + "-W" + ASCIIDigits.padded(week, width: 2)
    }
}
