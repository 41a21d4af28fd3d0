/// Swedish holidays and working days.
///
/// A working day is Monday–Friday and neither a public holiday nor a de facto holiday (midsommarafton,
/// julafton, nyårsafton). The calendar has no state; it is a value so it can be injected and later made
/// configurable (e.g. regional klämdagar) without changing call sites.
public struct SwedishCalendar: Sendable {
    /// Creates the calendar.
    public init() {}

    /// Easter Sunday of `year` (1 or later) in the Gregorian calendar, by the anonymous Gregorian
    /// (Meeus/Jones/Butcher) algorithm.
    public static func easterSunday(year: Int) -> CivilDate {
        precondition(year >= 1, "Easter is computed for years 1 and later, not \(year)")
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(unchecked: year, month, day)
    }

    /// All holidays, including de facto holidays, of calendar year `year`, in date order.
    public func holidays(in year: Int) -> [HolidayDate] {
        let easter = Self.easterSunday(year: year)
        let midsummerEve = Self.first(.friday, onOrAfter: CivilDate(unchecked: year, 6, 19))
        let list: [(CivilDate, SwedishHoliday)] = [
            (CivilDate(unchecked: year, 1, 1), .newYearsDay),
            (CivilDate(unchecked: year, 1, 6), .epiphany),
            (easter.adding(days: -2), .goodFriday),
            (easter, .easterSunday),
            (easter.adding(days: 1), .easterMonday),
            (CivilDate(unchecked: year, 5, 1), .mayDay),
            (easter.adding(days: 39), .ascensionDay),
            (easter.adding(days: 49), .pentecost),
            (CivilDate(unchecked: year, 6, 6), .nationalDay),
            (midsummerEve, .midsummerEve),
            (midsummerEve.adding(days: 1), .midsummerDay),
            (Self.first(.saturday, onOrAfter: CivilDate(unchecked: year, 10, 31)), .allSaintsDay),
            (CivilDate(unchecked: year, 12, 24), .christmasEve),
            (CivilDate(unchecked: year, 12, 25), .christmasDay),
            (CivilDate(unchecked: year, 12, 26), .boxingDay),
            (CivilDate(unchecked: year, 12, 31), .newYearsEve),
        ]
        // Pentecost can fall on 6 June (e.g. 2049); both entries are kept, sorted stably by date.
        return list.map { HolidayDate(date: $0.0, holiday: $0.1) }
            .enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// The holidays (public and de facto) falling on `date`; usually empty, at most two.
    public func holidays(on date: CivilDate) -> [SwedishHoliday] {
        holidays(in: date.year).filter { $0.date == date }.map(\.holiday)
    }

    /// The holidays (public and de facto) within `week`, in date order. Handles weeks spanning New Year.
    public func holidays(in week: ISOWeek) -> [HolidayDate] {
        let monday = week.monday
        let sunday = week.sunday
        let years = monday.year == sunday.year ? [monday.year] : [monday.year, sunday.year]
        return years.flatMap { holidays(in: $0) }.filter { monday <= $0.date && $0.date <= sunday }
    }

    /// Whether `date` is a working day: Monday–Friday and not a public or de facto holiday.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        !date.weekday.isWeekend && holidays(on: date).isEmpty
    }

    /// The number of working days (0–5) in `week`.
    public func workingDays(in week: ISOWeek) -> Int {
        let holidayDates = Set(holidays(in: week).map(\.date))
        return week.days.count { !$0.weekday.isWeekend && !holidayDates.contains($0) }
    }

    /// The first date on or after `date` that falls on `weekday`.
    static func first(_ weekday: Weekday, onOrAfter date: CivilDate) -> CivilDate {
        date.adding(days: (weekday.rawValue - date.weekday.rawValue + 7) % 7)
    }
}
