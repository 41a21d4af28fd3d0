import Foundation
import PlanningDomain
import Testing

@Suite struct QuantityTests {
    @Test func daysAndWeeksConvertBothWays() {
        #expect(Quantity<Days>(14).inWeeks == Quantity<Weeks>(2))
        #expect(Quantity<Weeks>(3).inDays == Quantity<Days>(21))
        for value in stride(from: -70.0, through: 70.0, by: 3.5) {
            let days = Quantity<Days>(value)
            #expect(abs(days.inWeeks.inDays.value - value) < 1e-9)
        }
    }

    @Test func ratesTimesDurationsGiveAmountsAndBack() {
        let rate = Quantity<PatientsPerWeek>(12)
        let duration = Quantity<Weeks>(6)
        let patients: Quantity<Patients> = rate * duration
        #expect(patients == Quantity(72))
        #expect(duration * rate == patients)
        #expect(patients / duration == rate)
        let hours: Quantity<Hours> = Quantity<HoursPerWeek>(40) * Quantity<Weeks>(2)
        #expect(hours == Quantity(80))
        #expect(hours / Quantity<Weeks>(4) == Quantity<HoursPerWeek>(20))
    }

    @Test func arithmeticWithinOneUnit() {
        let a = Quantity<Visits>(10)
        let b = Quantity<Visits>(4)
        #expect(a + b == Quantity(14))
        #expect(a - b == Quantity(6))
        #expect(-b == Quantity(-4))
        #expect(a * 1.5 == Quantity(15) && 2 * b == Quantity(8) && a / 4 == Quantity(2.5))
        #expect(b / a == 0.4)
        #expect(b < a && Quantity<Visits>.zero < b)
        var total = Quantity<Visits>.zero
        total += a
        total -= b
        #expect(total == Quantity(6))
    }

    @Test func sumOfASequence() {
        let beds = (1...10).map { Quantity<BedDays>(Double($0)) }
        #expect(beds.sum() == Quantity(55))
        #expect([Quantity<Beds>]().sum() == .zero)
    }

    @Test func descriptionAndCodable() throws {
        #expect(Quantity<PatientsPerWeek>(3.5).description == "3.5 pat/v")
        #expect(Days.swedishName == "dagar" && Weeks.symbol == "v")
        let data = try JSONEncoder().encode([Quantity<Hours>(7.5)])
        #expect(String(decoding: data, as: UTF8.self) == "[7.5]")
        #expect(try JSONDecoder().decode([Quantity<Hours>].self, from: data) == [Quantity(7.5)])
    }
}
