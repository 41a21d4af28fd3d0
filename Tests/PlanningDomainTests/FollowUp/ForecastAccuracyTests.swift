import PlanningDomain
import Testing

@Suite struct ForecastAccuracyTests {
    @Test func accuracyMatchesAHandComputedExampleWithAZeroWeek() throws {
        // Forecast 10, 5, 4 against actual 12, 0, 5: errors +2, −5, +1.
        let weeks = [
            PlannedActual(planned: 10, actual: 12), PlannedActual(planned: 5, actual: 0),
            PlannedActual(planned: 4, actual: 5),
        ]
        let accuracy = try #require(ForecastAccuracy(weeks))
        #expect(accuracy.weekCount == 3)
        #expect(abs(accuracy.meanAbsoluteError - 8.0 / 3) < 1e-12)
        // MAPE leaves out the zero week: (2/12 + 1/5) / 2.
        #expect(abs(accuracy.meanAbsolutePercentageError! - (2.0 / 12 + 1.0 / 5) / 2) < 1e-12)
        #expect(accuracy.weeksWithoutPercentageError == 1)
        #expect(abs(accuracy.weightedAbsolutePercentageError! - 8.0 / 17) < 1e-12)
        #expect(abs(accuracy.bias - -2.0 / 3) < 1e-12)
        #expect(abs(accuracy.relativeBias! - -2.0 / 17) < 1e-12)
        #expect(accuracy.swedishBiasSentence == "Prognosen låg i snitt 0,7 per vecka för högt.")
    }

    @Test func allZeroOutcomesGiveNoPercentagesInsteadOfInfinity() throws {
        let accuracy = try #require(
            ForecastAccuracy([PlannedActual(planned: 3, actual: 0), PlannedActual(planned: 0, actual: 0)]))
        #expect(accuracy.meanAbsolutePercentageError == nil)
        #expect(accuracy.weightedAbsolutePercentageError == nil)
        #expect(accuracy.relativeBias == nil)
        #expect(accuracy.weeksWithoutPercentageError == 2)
        #expect(accuracy.meanAbsoluteError == 1.5)
        #expect(ForecastAccuracy([]) == nil)
    }

    @Test func inflowFollowUpComputesBiasPerUnitAndKindOfWeek() throws {
        // O1 forecast 10 every week, inflow 12 in normal weeks and 4 in the summer weeks 27–32.
        let weeks = (20...40).map { week(2025, $0) }
        let forecast = weeks.map { FollowUpValue(planningObjectCode: "O1", week: $0, value: 10) }
        let inflow = weeks.map {
            WeeklyCount(planningObjectCode: "O1", week: $0, count: (27...32).contains($0.week) ? 4 : 12)
        }
        let followUp = try ObjectFollowUp.inflow(
            forecast: forecast, inflow: inflow, objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree,
            calendar: .standard, from: weeks[0], through: weeks[weeks.count - 1])
        let normal = try #require(try followUp.accuracy(for: .unit("K1"), weeks: .normal))
        let low = try #require(try followUp.accuracy(for: .unit("K1"), weeks: .lowProduction))
        #expect(normal.weekCount == 15 && normal.bias == 2 && normal.meanAbsoluteError == 2)
        #expect(low.weekCount == 6 && low.bias == -6)
        #expect(try followUp.accuracy(for: .unit("K2")).map(\.bias) == 0)
    }
}
