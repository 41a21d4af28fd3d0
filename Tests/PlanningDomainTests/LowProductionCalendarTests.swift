import Foundation
import PlanningDomain
import Testing

@Suite struct LowProductionCalendarTests {
    let standard = LowProductionCalendar.standard

    @Test func standardCalendarIn2025() {
        #expect((27...32).allSatisfy { standard.reason(for: week(2025, $0)) == .summer })
        #expect(standard.reason(for: week(2025, 26)) == nil)
        #expect(standard.reason(for: week(2025, 33)) == nil)
        #expect(standard.reason(for: week(2025, 52)) == .christmasAndNewYear)
        #expect(standard.reason(for: week(2026, 1)) == .christmasAndNewYear)
        #expect(standard.reason(for: week(2025, 16)) == .easter)
        #expect(standard.reason(for: week(2025, 17)) == nil)
        #expect(standard.reason(for: week(2025, 8)) == nil)
        let expected = [1, 16, 27, 28, 29, 30, 31, 32, 52].map { week(2025, $0) }
        #expect(standard.lowProductionWeeks(in: 2025) == expected)
    }

    @Test func everyDayFromJulaftonToNyarsdagenIsInAChristmasWeekAndTheyAreConsecutive() {
        for year in 1990...2060 {
            let period = everyDay(from: "\(year)-12-24", through: "\(year + 1)-01-01")
            let weeks = Array(Set(period.map(ISOWeek.init(containing:)))).sorted()
            #expect(weeks.allSatisfy { standard.reason(for: $0) == .christmasAndNewYear })
            #expect(ISOWeek.weeks(from: weeks.first!, to: weeks.last!) == weeks.count - 1)
            #expect(!standard.isLowProduction(weeks.first!.adding(weeks: -1)))
            #expect(!standard.isLowProduction(weeks.last!.adding(weeks: 1)))
        }
    }

    @Test func theEasterWeekHoldsLangfredagenAndPaskdagen() {
        for year in 1990...2060 {
            let easter = SwedishCalendar.easterSunday(year: year)
            let easterWeek = ISOWeek(containing: easter)
            #expect(easterWeek.contains(easter.adding(days: -2)))
            #expect(standard.reason(for: easterWeek) == .easter)
            #expect(standard.reason(for: easterWeek.adding(weeks: -1)) == nil)
        }
    }

    @Test func summerRangeAndSportlovAreConfigurable() {
        let region = LowProductionCalendar(rules: [.summer(weeks: 28...31), .winterBreak(week: 9), .easter])
        #expect(region.reason(for: week(2025, 9)) == .winterBreak)
        #expect(region.reason(for: week(2026, 9)) == .winterBreak)
        #expect(region.reason(for: week(2025, 8)) == nil)
        #expect(region.reason(for: week(2025, 27)) == nil)
        #expect(region.reason(for: week(2025, 28)) == .summer)
        #expect(region.reason(for: week(2025, 52)) == nil)
    }

    @Test func earlierRulesWinAndExplicitWeeksAreHonoured() {
        let extra = LowProductionRule.explicit(weeks: [week(2025, 30), week(2025, 44)], reason: .other)
        let calendar = LowProductionCalendar(rules: [extra, .summer()])
        #expect(calendar.reason(for: week(2025, 30)) == .other)
        #expect(calendar.reason(for: week(2025, 31)) == .summer)
        #expect(calendar.reason(for: week(2025, 44)) == .other)
        #expect(calendar.reason(for: week(2026, 44)) == nil)
        #expect(LowProductionCalendar(rules: []).isLowProduction(week(2025, 30)) == false)
    }

    @Test func calendarRoundTripsThroughCodable() throws {
        let calendar = LowProductionCalendar(rules: [
            .summer(weeks: 26...31), .christmasAndNewYear, .easter, .winterBreak(week: 7),
            .explicit(weeks: [week(2025, 44)], reason: .other),
        ])
        let decoded = try JSONDecoder().decode(
            LowProductionCalendar.self, from: JSONEncoder().encode(calendar))
        #expect(decoded == calendar)
        #expect(decoded.reason(for: week(2025, 7)) == .winterBreak)
    }

    @Test func reasonsHaveSwedishNames() {
        let names = LowProductionReason.allCases.map(\.swedishName)
        #expect(names == ["sommar", "jul och nyår", "påsk", "sportlov", "annan"])
    }
}
