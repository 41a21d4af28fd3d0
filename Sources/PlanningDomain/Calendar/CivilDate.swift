/// A proleptic Gregorian calendar date without time or time zone, such as 2025-03-14.
///
/// Planning works in whole days; a `CivilDate` is the same date everywhere and never needs a clock.
/// Years from ``supportedYears`` are valid; the textual form ("YYYY-MM-DD") is parseable for years 0000–9999.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The years a `CivilDate` can represent. The bound keeps day arithmetic far away from overflow.
    public static let supportedYears = -999_999...999_999

    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1 (January) through 12 (December).
    public let month: Int
    /// The day of the month, 1 through 28–31.
    public let day: Int

    /// Creates a date, or returns nil if the combination does not exist (e.g. 2025-02-29 or 2025-13-01).
    public init?(year: Int, month: Int, day: Int) {
        guard Self.supportedYears.contains(year), (1...12).contains(month),
            day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the date `daysSinceEpoch` days after 1970-01-01 (negative values are before it).
    ///
    /// Uses Howard Hinnant's `civil_from_days`. Traps if the result lies outside ``supportedYears``.
    public init(daysSinceEpoch: Int) {
        let shifted = daysSinceEpoch + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        precondition(Self.supportedYears.contains(year), "CivilDate out of supported range: year \(year)")
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days since 1970-01-01, which is day 0. Uses Howard Hinnant's `days_from_civil`.
    public var daysSinceEpoch: Int {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO day 4).
        let offset = (daysSinceEpoch + 3) % 7
        return Weekday(rawValue: (offset < 0 ? offset + 7 : offset) + 1)!
    }

    /// The day of the year, 1 (1 January) through 365 or 366.
    public var dayOfYear: Int {
        daysSinceEpoch - CivilDate(unchecked: year, 1, 1).daysSinceEpoch + 1
    }

    /// The date `days` days later (or earlier, if negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The number of days from `start` to `end`; positive when `end` is later.
    public static func days(from start: CivilDate, to end: CivilDate) -> Int {
        end.daysSinceEpoch - start.daysSinceEpoch
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` (1–12) of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Orders dates chronologically.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The ISO 8601 form "YYYY-MM-DD", zero padded, e.g. "2025-03-07".
    public var description: String {
        ASCIIDigits.padded(year, width: 4) + "-" + ASCIIDigits.padded(month, width: 2) + "-"
            + ASCIIDigits.padded(day, width: 2)
    }

    /// For values already known to be valid.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}
