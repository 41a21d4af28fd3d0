import PlanningDomain
import Testing

@Suite struct DailyPlanTests {
    let calendar = SwedishCalendar()
    let weekdays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]

    func plan(volume: Double, in target: ISOWeek) -> ProductionPlan {
        var plan = ProductionPlan(scope: "K100", rollingYearFrom: week(2025, 1))
        try! plan.setVolume(object: "ORT-OP", week: target, value: volume)
        return plan
    }

    @Test func easterWeekDropsGoodFridayAndEasterMondayAndKeepsTheTotal() throws {
        // Easter 2025: långfredagen 18 April (W16), annandag påsk 21 April (W17).
        let w16 = try DailyPlan.breakDown(
            plan: plan(volume: 10, in: week(2025, 16)), week: week(2025, 16), object: "ORT-OP",
            openingDays: weekdays, calendar: calendar)
        #expect(
            w16.days.map(\.date) == [date("2025-04-14"), date("2025-04-15"), date("2025-04-16"), date("2025-04-17")])
        #expect(w16.removedHolidays.map(\.holiday) == [.goodFriday])
        #expect(w16.total == 10)
        #expect(w16.days.allSatisfy { abs($0.volume - 2.5) < 1e-12 })
        let w17 = try DailyPlan.breakDown(
            plan: plan(volume: 7, in: week(2025, 17)), week: week(2025, 17), object: "ORT-OP",
            openingDays: weekdays, calendar: calendar)
        #expect(w17.days.first?.date == date("2025-04-22"))
        #expect(w17.removedHolidays.map(\.holiday) == [.easterMonday])
        #expect(w17.total == 7)
    }

    @Test func breakdownKeepsTotalsExactlyForRandomVolumesWeightsAndWeeks() throws {
        var random = SeededGenerator(seed: 2025)
        let base = ProductionPlan(scope: "K100", rollingYearFrom: week(2025, 1))
        for _ in 0..<300 {
            let target = base.weeks.randomElement(using: &random)!
            let volume = Double.random(in: 0...500, using: &random)
            var opening = Set(Weekday.allCases.filter { _ in Bool.random(using: &random) })
            opening.insert(.wednesday)
            let weights = Dictionary(
                uniqueKeysWithValues: opening.map { ($0, Double.random(in: 0.1...3, using: &random)) })
            do {
                let daily = try DailyPlan.breakDown(
                    plan: plan(volume: volume, in: target), week: target, object: "ORT-OP", openingDays: opening,
                    calendar: calendar, weights: weights)
                #expect(daily.total == volume)
                #expect(
                    daily.days.allSatisfy {
                        opening.contains($0.date.weekday) && calendar.holidays(on: $0.date).isEmpty
                    })
            } catch {
                #expect(error.code == "daily_plan.no_opening_day")
            }
        }
    }

    @Test func weightsPerWeekdayShiftVolumeBetweenDays() throws {
        let daily = try DailyPlan.breakDown(
            plan: plan(volume: 12, in: week(2025, 10)), week: week(2025, 10), object: "ORT-OP",
            openingDays: [.monday, .tuesday], calendar: calendar, weights: [.monday: 2])
        #expect(daily.days.map(\.volume) == [8, 4])
    }

    @Test func aWeekWithoutAnOpeningDayIsAClearError() {
        // Christmas 2025 (W52): 24–26 December fall on Wednesday–Friday.
        #expect(throws: DailyPlanError.self) {
            try DailyPlan.breakDown(
                plan: plan(volume: 5, in: week(2025, 52)), week: week(2025, 52), object: "ORT-OP",
                openingDays: [.wednesday, .thursday, .friday], calendar: calendar)
        }
        do {
            _ = try DailyPlan.breakDown(
                plan: plan(volume: 5, in: week(2025, 52)), week: week(2025, 52), object: "ORT-OP",
                openingDays: [.wednesday, .thursday, .friday], calendar: calendar)
        } catch {
            #expect(
                error.message
                    == "vecka 52 (2025-W52) har ingen öppen dag för ORT-OP: öppetdagarna (onsdag, torsdag, fredag) är "
                    + "helgdagar (julafton 2025-12-24, juldagen 2025-12-25, annandag jul 2025-12-26). "
                    + "Flytta veckans volym till en annan vecka eller lägg till en öppen dag.")
        }
        #expect(throws: DailyPlanError.unknownObject(object: "X", scope: "K100")) {
            try DailyPlan.breakDown(
                plan: plan(volume: 5, in: week(2025, 10)), week: week(2025, 10), object: "X", openingDays: weekdays,
                calendar: calendar)
        }
    }
}
