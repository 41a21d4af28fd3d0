import PlanningDomain
import Testing

/// Sums of non-whole numbers (planned volumes, forecast means) must not depend on the order a dictionary happens to
/// list the planning objects in: that order differs between processes (Swift seeds its hashing per process), and a
/// value that differed in its last bit was exported again by every sync round as changed.
@Suite struct IndicatorSummationOrderTests {
    @Test func sumsAreTheSameWhateverOrderTheObjectsAreListedIn() {
        var random = SeededGenerator(seed: 17)
        let weeks = (6...9).map { week(2025, $0) }
        let objects = (0..<300).map {
            IndicatorFixture.object("ORT\($0)", unit: "ORT", specialty: "Ortopedi", .visit)
        }
        // Awkward decimals, so the order of the additions shows in the last bits.
        let planned = objects.map { _ in weeks.map { _ in Double(Int.random(in: 1...9999, using: &random)) / 7 } }
        let forecast = objects.map { _ in weeks.map { _ in Double(Int.random(in: 1...9999, using: &random)) / 3 } }
        let inflow = objects.map { _ in weeks.map { _ in Double(Int.random(in: 0...2000, using: &random)) } }

        func input(paddedWith extra: Int) -> IndicatorInput {
            // Objects the region does not know come first: they are left out of every sum (with a warning) but
            // make the dictionaries larger, so the known objects are listed in another order.
            func series(_ values: [[Double]], _ source: IndicatorDataSource) -> ObservedWeeklySeries {
                var series = ObservedWeeklySeries(coveredWeeks: Set(weeks))
                for index in 0..<extra {
                    try! series.add(1, object: "OKÄND\(index)", week: weeks[0], source: source)
                }
                for (object, row) in zip(objects, values) {
                    for (week, value) in zip(weeks, row) {
                        try! series.add(value, object: object.code, week: week, source: source)
                    }
                }
                return series
            }
            var input = IndicatorInput(regionCode: "05", planningObjects: objects)
            input.inflow = series(inflow, .inflow)
            input.production = series(inflow, .production)
            input.plannedProduction = series(planned, .plannedProduction)
            input.inflowForecast = series(forecast, .inflowForecast)
            return input
        }

        let computer = IndicatorComputer(catalogue: .standard)
        let plain = computer.compute(input(paddedWith: 0), weeks: IndicatorFixture.weeks)
        let padded = computer.compute(input(paddedWith: 3_000), weeks: IndicatorFixture.weeks)
        for id in ["production-vs-plan", "forecast-error"] {
            for week in weeks {
                let period = IndicatorPeriod.week(week)
                let first = plain.number(id, "Ortopedi", period)
                #expect(first != nil)
                // Bit for bit: equal doubles, not merely close ones.
                #expect(first?.bitPattern == padded.number(id, "Ortopedi", period)?.bitPattern, "\(id) \(week)")
            }
        }
    }
}
