import Foundation
import PlanningDomain
import Testing

@Suite struct PeriodTests {
    @Test func everyDayLiesInItsMonthQuarterAndTertial() {
        for day in everyDay(from: "1990-01-01", through: "2060-12-31") {
            let month = day.yearMonth
            #expect(month.contains(day) && day.quarter.contains(day) && day.tertial.contains(day))
            #expect(month.quarter == day.quarter && month.tertial == day.tertial)
            #expect(day.quarter.months.contains(month) && day.tertial.months.contains(month))
            #expect(!month.adding(months: 1).contains(day) && !day.quarter.adding(quarters: -1).contains(day))
        }
    }

    @Test func tertialsAreFourMonthPeriods() {
        let expected = [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]
        #expect((1...12).map { YearMonth(year: 2025, month: $0)!.tertial.tertial } == expected)
        let t2 = YearTertial(year: 2025, tertial: 2)!
        #expect(t2.firstDay == date("2025-05-01") && t2.lastDay == date("2025-08-31"))
        #expect(YearQuarter(year: 2024, quarter: 1)!.lastDay == date("2024-03-31"))
        #expect(YearMonth(year: 2024, month: 2)!.lastDay == date("2024-02-29"))
    }

    @Test func periodWeeksPartitionTheIsoWeeksOfEachYear() {
        for year in 1990...2060 {
            let all = everyWeek(of: year...year)
            let byMonth = (1...12).flatMap { YearMonth(year: year, month: $0)!.weeks }
            let byQuarter = (1...4).flatMap { YearQuarter(year: year, quarter: $0)!.weeks }
            let byTertial = (1...3).flatMap { YearTertial(year: year, tertial: $0)!.weeks }
            #expect(byMonth == all && byQuarter == all && byTertial == all, "\(year)")
            let days = (1...12).map { YearMonth(year: year, month: $0)!.dayCount }.reduce(0, +)
            #expect(days == (CivilDate.isLeapYear(year) ? 366 : 365))
        }
    }

    @Test func addingCarriesAcrossYearsBothWays() {
        let march = YearMonth(year: 2025, month: 3)!
        for offset in -50...50 {
            #expect(YearMonth.months(from: march, to: march.adding(months: offset)) == offset)
        }
        #expect(march.adding(months: 10) == YearMonth(year: 2026, month: 1))
        #expect(march.adding(months: -3) == YearMonth(year: 2024, month: 12))
        let q1 = YearQuarter(year: 2025, quarter: 1)!
        #expect(q1.adding(quarters: -1) == YearQuarter(year: 2024, quarter: 4))
        #expect(YearQuarter.quarters(from: q1, to: q1.adding(quarters: 9)) == 9)
        let t3 = YearTertial(year: 2025, tertial: 3)!
        #expect(t3.adding(tertials: 1) == YearTertial(year: 2026, tertial: 1))
        #expect(t3.adding(tertials: -7) == YearTertial(year: 2023, tertial: 2))
        #expect(YearTertial.tertials(from: t3, to: t3.adding(tertials: -7)) == -7)
    }

    @Test func textualFormsAndSwedishLabels() {
        let march = YearMonth(year: 2025, month: 3)!
        #expect(march.description == "2025-03" && march.swedishLabel == "mars 2025")
        let q1 = YearQuarter(year: 2025, quarter: 1)!
        #expect(q1.description == "2025-Q1" && q1.swedishLabel == "kvartal 1 2025")
        let t1 = YearTertial(year: 2025, tertial: 1)!
        #expect(t1.description == "2025-T1" && t1.swedishLabel == "tertial 1 2025")
        #expect(YearMonth.parse("2025-03") == march && YearQuarter.parse("2025-q1") == q1)
        #expect(YearTertial.parse("2025-T1") == t1)
    }

    @Test func parseRejectsInvalidPeriods() {
        for text in ["2025-13", "2025-00", "2025-3", "2025/03", ""] { #expect(YearMonth.parse(text) == nil) }
        for text in ["2025-Q5", "2025-Q0", "2025-Q", "2025Q1", "2025-T1"] { #expect(YearQuarter.parse(text) == nil) }
        for text in ["2025-T4", "2025-T0", "2025-Q1", "2025-T12"] { #expect(YearTertial.parse(text) == nil) }
    }

    @Test func codableRoundTripsAsStrings() throws {
        struct Periods: Codable, Equatable {
            var month: YearMonth
            var quarter: YearQuarter
            var tertial: YearTertial
        }
        let value = Periods(
            month: YearMonth(year: 2025, month: 3)!, quarter: YearQuarter(year: 2025, quarter: 1)!,
            tertial: YearTertial(year: 2025, tertial: 1)!)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(value)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json == #"{"month":"2025-03","quarter":"2025-Q1","tertial":"2025-T1"}"#)
        #expect(try JSONDecoder().decode(Periods.self, from: data) == value)
    }
}
