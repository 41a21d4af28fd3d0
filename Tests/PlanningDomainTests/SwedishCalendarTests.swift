import PlanningDomain
import Testing

@Suite struct SwedishCalendarTests {
    let calendar = SwedishCalendar()

    @Test(arguments: [
        (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2038, "2038-04-25"),
        (2285, "2285-03-22"), (1818, "1818-03-22"), (2019, "2019-04-21"), (2000, "2000-04-23"),
    ])
    func easterSundayMatchesKnownDates(year: Int, expected: String) {
        #expect(SwedishCalendar.easterSunday(year: year) == date(expected))
    }

    @Test func easterIsASundayBetween22MarchAnd25AprilEveryYear() {
        for year in 1583...3000 {
            let easter = SwedishCalendar.easterSunday(year: year)
            #expect(easter.weekday == .sunday)
            #expect(easter >= CivilDate(year: year, month: 3, day: 22)!)
            #expect(easter <= CivilDate(year: year, month: 4, day: 25)!)
        }
    }

    @Test func movableHolidaysIn2025() {
        let holidays = Dictionary(uniqueKeysWithValues: calendar.holidays(in: 2025).map { ($0.holiday, $0.date) })
        #expect(holidays[.midsummerEve] == date("2025-06-20"))
        #expect(holidays[.midsummerDay] == date("2025-06-21"))
        #expect(holidays[.allSaintsDay] == date("2025-11-01"))
        #expect(holidays[.ascensionDay] == date("2025-05-29"))
        #expect(holidays[.goodFriday] == date("2025-04-18"))
        #expect(holidays[.easterMonday] == date("2025-04-21"))
        #expect(holidays[.pentecost] == date("2025-06-08"))
    }

    @Test func everyYearHasEachHolidayOnceInOrderAndOnTheRightWeekday() {
        for year in 1900...2200 {
            let holidays = calendar.holidays(in: year)
            #expect(
                holidays.map(\.holiday).sorted { $0.rawValue < $1.rawValue }
                    == SwedishHoliday.allCases.sorted { $0.rawValue < $1.rawValue })
            #expect(holidays.map(\.date) == holidays.map(\.date).sorted())
            #expect(holidays.allSatisfy { $0.date.year == year })
            for entry in holidays {
                switch entry.holiday {
                case .midsummerEve:
                    #expect(entry.date.weekday == .friday && (19...25).contains(entry.date.day))
                case .midsummerDay:
                    #expect(entry.date.weekday == .saturday && (20...26).contains(entry.date.day))
                case .allSaintsDay:
                    let window = date("\(year)-10-31")...date("\(year)-11-06")
                    #expect(entry.date.weekday == .saturday && window.contains(entry.date))
                case .ascensionDay:
                    #expect(entry.date.weekday == .thursday)
                case .goodFriday:
                    #expect(entry.date.weekday == .friday)
                default:
                    break
                }
            }
        }
    }

    @Test func onlyTheThreeEvesAreDeFactoHolidays() {
        let deFacto = SwedishHoliday.allCases.filter(\.isDeFactoHoliday)
        #expect(Set(deFacto) == [.midsummerEve, .christmasEve, .newYearsEve])
        #expect(SwedishHoliday.allCases.allSatisfy { $0.isPublicHoliday != $0.isDeFactoHoliday })
        #expect(SwedishHoliday.midsummerEve.swedishName == "midsommarafton")
        #expect(SwedishHoliday.ascensionDay.swedishName == "Kristi himmelsfärdsdag")
    }

    @Test(arguments: [
        (2025, 52, 2),  // julafton, juldagen, annandag jul on Wed–Fri
        (2026, 1, 3),  // nyårsafton Wed, nyårsdagen Thu
        (2025, 16, 4),  // långfredagen
        (2025, 17, 4),  // annandag påsk
        (2025, 22, 4),  // Kristi himmelsfärdsdag
        (2025, 23, 4),  // nationaldagen on a Friday
        (2025, 25, 4),  // midsommarafton
        (2025, 45, 5),  // alla helgons dag is always a Saturday
        (2025, 10, 5),
        (2020, 53, 3),  // 2020-12-31 nyårsafton, 2021-01-01 nyårsdagen
    ])
    func workingDaysInWeek(year: Int, number: Int, expected: Int) {
        #expect(calendar.workingDays(in: week(year, number)) == expected)
    }

    @Test func workingDaysInAWeekAgreeWithIsWorkingDayForEveryWeek() {
        for value in everyWeek(of: 1990...2060) {
            let count = value.days.filter(calendar.isWorkingDay).count
            #expect(calendar.workingDays(in: value) == count)
            #expect(calendar.holidays(in: value).allSatisfy { value.contains($0.date) })
        }
    }

    @Test func year2025Has249WorkingDays() {
        let days = everyDay(from: "2025-01-01", through: "2025-12-31")
        #expect(days.filter(calendar.isWorkingDay).count == 249)
        #expect(!calendar.isWorkingDay(date("2025-12-24")))
        #expect(!calendar.isWorkingDay(date("2025-06-20")))
        #expect(!calendar.isWorkingDay(date("2025-03-15")))
        #expect(calendar.isWorkingDay(date("2025-03-14")))
    }

    @Test func holidaysInAWeekSpanningNewYearComeFromBothYears() {
        let holidays = calendar.holidays(in: week(2026, 1))
        #expect(holidays.map(\.holiday) == [.newYearsEve, .newYearsDay])
        #expect(calendar.holidays(on: date("2025-12-25")) == [.christmasDay])
    }
}
