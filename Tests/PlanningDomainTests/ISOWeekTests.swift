import Foundation
import PlanningDomain
import Testing

@Suite struct ISOWeekTests {
    /// Reference definition by brute force: the week-year is the year of the week's Thursday, and the week
    /// number counts Thursdays of that year up to and including it.
    private func referenceWeek(of day: CivilDate) -> (year: Int, week: Int) {
        var monday = day
        while monday.weekday != .monday { monday = monday.adding(days: -1) }
        let thursday = monday.adding(days: 3)
        var count = 0
        var cursor = CivilDate(year: thursday.year, month: 1, day: 1)!
        while cursor <= thursday {
            if cursor.weekday == .thursday { count += 1 }
            cursor = cursor.adding(days: 1)
        }
        return (thursday.year, count)
    }

    @Test func containingMatchesBruteForceDefinitionForEveryDay1990To2060() {
        for day in everyDay(from: "1990-01-01", through: "2060-12-31") {
            let week = ISOWeek(containing: day)
            let reference = referenceWeek(of: day)
            #expect(week.year == reference.year && week.week == reference.week, "\(day)")
            #expect(week.monday <= day && day <= week.sunday)
        }
    }

    @Test func knownEdgeVectors() {
        #expect(ISOWeek(containing: date("2024-12-30")) == week(2025, 1))
        #expect(ISOWeek(containing: date("2021-01-03")) == week(2020, 53))
        #expect(ISOWeek(containing: date("2027-01-01")) == week(2026, 53))
        #expect(ISOWeek(containing: date("2025-02-13")) == week(2025, 7))
        #expect(ISOWeek(containing: date("2008-12-29")) == week(2009, 1))
        #expect(week(2025, 1).monday == date("2024-12-30"))
        #expect(week(2020, 53).sunday == date("2021-01-03"))
    }

    @Test func weekCountsPerYear() {
        #expect(ISOWeek.weeksIn(year: 2020) == 53)
        #expect(ISOWeek.weeksIn(year: 2021) == 52)
        #expect(ISOWeek.weeksIn(year: 2025) == 52)
        #expect(ISOWeek.weeksIn(year: 2026) == 53)
        #expect(ISOWeek(year: 2020, week: 53) != nil)
        #expect(ISOWeek(year: 2021, week: 53) == nil)
        #expect(ISOWeek(year: 2025, week: 0) == nil)
        for year in 1900...2300 {
            let firstDay = CivilDate(year: year, month: 1, day: 1)!.weekday
            let long = firstDay == .thursday || (CivilDate.isLeapYear(year) && firstDay == .wednesday)
            #expect(ISOWeek.weeksIn(year: year) == (long ? 53 : 52), "\(year)")
            #expect((ISOWeek(year: year, week: 53) != nil) == long)
        }
    }

    @Test func weeksTileTheCalendarWithoutGapsOrOverlaps() {
        let weeks = everyWeek(of: 1990...2060)
        for (current, next) in zip(weeks, weeks.dropFirst()) {
            #expect(current.monday.weekday == .monday)
            #expect(current.sunday == current.monday.adding(days: 6))
            #expect(next.monday == current.sunday.adding(days: 1))
            #expect(current.adding(weeks: 1) == next)
            #expect(next.adding(weeks: -1) == current)
            #expect(current < next && current.key < next.key)
            #expect(current.days.map { ISOWeek(containing: $0) } == Array(repeating: current, count: 7))
        }
    }

    @Test func addingWeeksAndWeeksBetweenAreInverse() {
        let origin = week(2024, 50)
        for offset in -400...400 {
            let moved = origin.adding(weeks: offset)
            #expect(ISOWeek.weeks(from: origin, to: moved) == offset)
        }
        #expect(week(2025, 52).adding(weeks: 1) == week(2026, 1))
        #expect(week(2026, 53).adding(weeks: 1) == week(2027, 1))
    }

    @Test func keyRoundTrips() {
        #expect(week(2025, 7).key == 202_507)
        for value in everyWeek(of: 2019...2031) {
            #expect(ISOWeek(key: value.key) == value)
        }
        #expect(ISOWeek(key: 202_553) == nil)
        #expect(ISOWeek(key: 202_500) == nil)
        #expect(ISOWeek(key: -202_501) == nil)
    }

    @Test func everyWeekBelongsToTheMonthQuarterAndTertialOfItsThursday() {
        for value in everyWeek(of: 1990...2060) {
            let thursday = value.monday.adding(days: 3)
            #expect(value.thursday == thursday)
            #expect(value.month == YearMonth(containing: thursday))
            #expect(value.quarter == YearQuarter(containing: thursday))
            #expect(value.tertial == YearTertial(containing: thursday))
            #expect(value.month.year == value.year)
        }
        #expect(week(2025, 1).month == YearMonth(year: 2025, month: 1))
        #expect(week(2026, 53).month == YearMonth(year: 2026, month: 12))
    }

    @Test(arguments: ["2025-W07", "2025W07", "2025-W7", "2025 v 7", "2025v07", "2025-w07", "2025 V07", "2025V7"])
    func parseAcceptsTheFormsPlannersWrite(_ text: String) {
        #expect(ISOWeek.parse(text) == .success(week(2025, 7)))
    }

    @Test func parseReportsWeeksThatDoNotExistWithTheYearsWeekCount() {
        #expect(ISOWeek.parse("2025-W54") == .failure(.weekOutOfRange(year: 2025, week: 54, weeksInYear: 52)))
        #expect(ISOWeek.parse("2025-W53") == .failure(.weekOutOfRange(year: 2025, week: 53, weeksInYear: 52)))
        #expect(ISOWeek.parse("2024-W00") == .failure(.weekOutOfRange(year: 2024, week: 0, weeksInYear: 52)))
        #expect(ISOWeek.parse("2026-W53") == .success(week(2026, 53)))
        let message = ISOWeekParseError.weekOutOfRange(year: 2025, week: 54, weeksInYear: 52).description
        #expect(message.contains("2025 has 52 ISO weeks"))
    }

    @Test(arguments: [
        "", "abc", "2025", "2025-W", "2025-W123", "25-W07", " 2025-W07", "2025-W07 ", "2025-X07", "2025--W07",
        "2025-07", "2025-W-7", "W07-2025", "2025-Wx7", "2025-W07a",
    ])
    func parseRejectsMalformedText(_ text: String) {
        #expect(ISOWeek.parse(text) == .failure(.malformed))
    }

    @Test func parseOfRawBytesMatchesStringParse() {
        for text in ["2025-W07", "2025v7", "2025-W54", "junk"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { ISOWeek.parse(utf8: $0) } == ISOWeek.parse(text))
        }
    }

    @Test func descriptionIsIsoFormAndParsesBack() {
        #expect(week(2025, 7).description == "2025-W07")
        for value in everyWeek(of: 2000...2040) {
            #expect(ISOWeek.parse(value.description) == .success(value))
        }
    }

    @Test func codableUsesTheIsoString() throws {
        let data = try JSONEncoder().encode([week(2025, 7)])
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-W07"]"#)
        #expect(try JSONDecoder().decode([ISOWeek].self, from: data) == [week(2025, 7)])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ISOWeek].self, from: Data(#"["2025-W53"]"#.utf8))
        }
    }
}
