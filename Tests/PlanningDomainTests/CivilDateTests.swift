import Foundation
import PlanningDomain
import Testing

@Suite struct CivilDateTests {
    @Test func daysSinceEpochRoundTripsAndStepsOneCalendarDayAtATime() {
        // Walk the calendar by hand (independent of Hinnant) and compare with the day count.
        var (year, month, day) = (1900, 1, 1)
        var expected = CivilDate(year: 1900, month: 1, day: 1)!.daysSinceEpoch
        while year <= 2100 {
            let current = CivilDate(year: year, month: month, day: day)!
            #expect(current.daysSinceEpoch == expected)
            #expect(CivilDate(daysSinceEpoch: expected) == current)
            expected += 1
            day += 1
            if CivilDate(year: year, month: month, day: day) == nil {
                day = 1
                month += 1
                if month == 13 {
                    month = 1
                    year += 1
                }
            }
        }
        #expect(expected - CivilDate(year: 1900, month: 1, day: 1)!.daysSinceEpoch == 73_414)
    }

    @Test func epochAndKnownDayNumbers() {
        #expect(date("1970-01-01").daysSinceEpoch == 0)
        #expect(date("1969-12-31").daysSinceEpoch == -1)
        #expect(date("2000-03-01").daysSinceEpoch == 11_017)
        #expect(date("2025-01-01").daysSinceEpoch == 20_089)
        #expect(CivilDate(daysSinceEpoch: -719_468) == CivilDate(year: 0, month: 3, day: 1))
    }

    @Test func weekdayMatchesZellersCongruenceForEveryDay1900To2100() {
        for day in everyDay(from: "1900-01-01", through: "2100-12-31") {
            #expect(day.weekday.rawValue == zellerWeekday(year: day.year, month: day.month, day: day.day))
        }
        #expect(date("2025-06-20").weekday == .friday)
        #expect(date("1970-01-01").weekday == .thursday)
    }

    @Test func initRejectsDatesThatDoNotExist() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2025, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2025, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 2025, month: 1, day: 0) == nil)
        #expect(CivilDate(year: 2025, month: 1, day: 32) == nil)
    }

    @Test func addingDaysAndDaysBetweenAreInverse() {
        let origin = date("2024-02-28")
        for offset in stride(from: -1000, through: 1000, by: 7) {
            let moved = origin.adding(days: offset)
            #expect(CivilDate.days(from: origin, to: moved) == offset)
            #expect((moved < origin) == (offset < 0))
        }
        #expect(origin.adding(days: 1) == date("2024-02-29"))
        #expect(origin.adding(days: 2) == date("2024-03-01"))
        #expect(date("2025-12-31").adding(days: 1) == date("2026-01-01"))
    }

    @Test func descriptionIsZeroPaddedAndParsesBackForEveryDay() {
        #expect(date("0987-03-07").description == "0987-03-07")
        for day in everyDay(from: "1999-01-01", through: "2031-12-31") {
            #expect(CivilDate.parse(day.description) == day)
            #expect(CivilDate.parse(day.description.filter { $0 != "-" }) == day)
        }
    }

    @Test(arguments: [
        "2025-13-01", "2025-02-29", "abc", "", "2025-1-01", "2025/01/01", "25-01-01", "2025-01-01 ",
        " 2025-01-01", "2025-01-01T00:00", "202501011", "2025-00-10", "2025-01-32", "2025-0a-01", "2025_01_01",
    ])
    func parseRejectsGarbage(_ text: String) {
        #expect(CivilDate.parse(text) == nil)
    }

    @Test func parseWorksOnSubstringsAndRawBytesFromACSVLine() {
        let line = "4711;2025-03-14;20250315"
        let fields = line.split(separator: ";")
        #expect(CivilDate.parse(fields[1]) == date("2025-03-14"))
        let bytes = Array(fields[2].utf8)
        let parsed = bytes.withUnsafeBufferPointer { CivilDate.parse(utf8: $0) }
        #expect(parsed == date("2025-03-15"))
    }

    @Test func codableUsesTheIsoString() throws {
        let data = try JSONEncoder().encode([date("2025-03-07")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-03-07"]"#)
        #expect(try JSONDecoder().decode([CivilDate].self, from: data) == [date("2025-03-07")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(#"["2025-02-29"]"#.utf8))
        }
    }

    @Test func weekdaysHaveSwedishNames() {
        #expect(
            Weekday.allCases.map(\.swedishName) == [
                "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
            ])
        #expect(Weekday.allCases.map(\.rawValue) == Array(1...7))
    }
}
