import PlanningDomain
import Testing

@Suite("Indicator computation from a node's data")
struct IndicatorComputerTests {
    let computation = IndicatorComputer(catalogue: .standard).compute(
        IndicatorFixture.input, weeks: IndicatorFixture.weeks)
    let february = IndicatorPeriod.month(IndicatorFixture.february)
    func w(_ number: Int) -> IndicatorPeriod { .week(week(2025, number)) }

    @Test func everyDefinitionGroupAndPeriodHasOneResult() {
        // 12 definitions × 3 groups × (4 weeks + 1 month).
        #expect(computation.results.count == 12 * 3 * 5)
        #expect(Set(computation.results.map(\.key)).count == computation.results.count)
        #expect(Set(computation.results.map(\.key.group)) == ["Kirurgi", "Medicin", "Ortopedi"])
        #expect(computation.warnings.isEmpty)
    }

    @Test func countsSumTheWeeksOfThePeriod() {
        #expect(computation.number("inflow", "Ortopedi", w(6)) == 13)
        #expect(computation.number("inflow", "Ortopedi", w(9)) == 10)
        #expect(computation.number("inflow", "Ortopedi", february) == 52)
        #expect(computation.number("inflow", "Kirurgi", february) == 24)
        #expect(computation.number("production", "Ortopedi", w(8)) == 11)
        #expect(computation.number("production", "Ortopedi", february) == 50)
        #expect(computation.number("production", "Medicin", february) == 28)
    }

    @Test func productionVersusPlanCarriesNumeratorAndDenominator() throws {
        let outcome = try #require(computation.outcome("production-vs-plan", "Ortopedi", february))
        guard case .value(let value) = outcome else { Issue.record("expected a value, got \(outcome)"); return }
        #expect(value.numerator == 50)
        #expect(value.denominator == 56)
        #expect(value.value == 50.0 / 56.0)
        #expect(computation.number("production-vs-plan", "Ortopedi", w(8)) == 11.0 / 14.0)
        #expect(computation.number("production-vs-plan", "Kirurgi", february) == 1)
        // Nothing planned for Medicin: a zero denominator, not an infinite or zero ratio.
        #expect(computation.outcome("production-vs-plan", "Medicin", february) == .notAvailable(.zeroDenominator))
    }

    @Test func waitingFiguresComeFromThePeriodsLastSnapshot() {
        #expect(computation.number("waiting", "Ortopedi", february) == 4)
        #expect(computation.number("waiting", "Ortopedi", w(9)) == 4)
        #expect(computation.number("waiting", "Ortopedi", w(8)) == 1)
        #expect(computation.number("waiting", "Ortopedi", w(6)) == 0)
        #expect(computation.number("waiting", "Kirurgi", february) == 1)
        #expect(computation.number("waiting", "Medicin", february) == 0)
        // No snapshot in W07.
        #expect(computation.outcome("waiting", "Ortopedi", w(7)) == .notAvailable(.noWaitingListSnapshot))
    }

    @Test func ninetyDaysIsWithinAndNinetyOneIsOver() {
        // Ortopedi on 28 February: 90 and 27 days within; 91 and 272 days over.
        #expect(computation.number("waiting-over-90", "Ortopedi", february) == 2)
        #expect(computation.number("share-waiting-within-90", "Ortopedi", february) == 0.5)
        #expect(computation.number("waiting-over-90", "Kirurgi", february) == 0)
        #expect(computation.number("share-waiting-within-90", "Kirurgi", february) == 1)
        // Nobody waiting: the share is undefined, the count is a true zero.
        #expect(computation.outcome("share-waiting-within-90", "Medicin", february) == .notAvailable(.zeroDenominator))
        #expect(computation.number("waiting-over-90", "Medicin", february) == 0)
    }

    @Test func shareTreatedWithinNinetyDaysCountsWaitsEndingInThePeriod() {
        #expect(computation.number("share-treated-within-90", "Ortopedi", w(6)) == 1)
        #expect(computation.number("share-treated-within-90", "Ortopedi", w(7)) == 0)
        #expect(computation.outcome("share-treated-within-90", "Ortopedi", w(8)) == .notAvailable(.zeroDenominator))
        #expect(computation.number("share-treated-within-90", "Ortopedi", february) == 2.0 / 3.0)
        // Kirurgi's wait ended in W05, which belongs to January.
        #expect(computation.outcome("share-treated-within-90", "Kirurgi", february) == .notAvailable(.zeroDenominator))
    }

    @Test func forecastErrorIsTheAbsoluteErrorPerObjectAndWeekOverInflow() {
        #expect(computation.number("forecast-error", "Ortopedi", february) == 12.0 / 52.0)
        #expect(computation.number("forecast-error", "Ortopedi", w(6)) == 2.0 / 13.0)
        #expect(computation.number("forecast-error", "Ortopedi", w(9)) == 0.5)
        #expect(computation.number("forecast-error", "Kirurgi", february) == 1)
        #expect(computation.number("forecast-error", "Medicin", february) == 0)
    }

    @Test func occupancyIsOccupiedOverStaffedBedDays() {
        #expect(computation.number("bed-occupancy", "Medicin", w(6)) == 30.0 / 35.0)
        #expect(computation.number("bed-occupancy", "Medicin", february) == 133.0 / 140.0)
        #expect(computation.outcome("bed-occupancy", "Ortopedi", february) == .notAvailable(.zeroDenominator))
    }

    @Test func utilisationCountsOnlyLimitingResources() {
        // 4 operations × 2 h over 10 h; doctors' hours (not limiting) are ignored.
        #expect(computation.number("limiting-capacity-utilisation", "Ortopedi", w(6)) == 0.8)
        #expect(computation.number("limiting-capacity-utilisation", "Ortopedi", w(8)) == 0.4)
        #expect(computation.number("limiting-capacity-utilisation", "Ortopedi", february) == 28.0 / 40.0)
        #expect(
            computation.outcome("limiting-capacity-utilisation", "Kirurgi", february)
                == .notAvailable(.zeroDenominator))
    }

    @Test func cancellationsWithoutDataAreNotAvailableNotZero() {
        for result in computation.results where result.key.indicatorID.hasPrefix("cancellation") {
            #expect(result.outcome == .notAvailable(.missingData(.cancellations)))
        }
        #expect(!computation.values.contains { $0.key.indicatorID.hasPrefix("cancellation") })
    }

    @Test func cancellationsAreCountedWhenTheNodeHasThem() {
        var input = IndicatorFixture.input
        input.cancellations = IndicatorFixture.series(["ORT2": [nil, nil, 1, nil]], source: .cancellations)
        let result = IndicatorComputer(catalogue: .standard).compute(input, weeks: IndicatorFixture.weeks)
        #expect(result.number("cancellations", "Ortopedi", february) == 1)
        #expect(result.number("cancellations", "Kirurgi", february) == 0)
        #expect(result.number("cancellation-share", "Ortopedi", february) == 1.0 / 51.0)
        #expect(result.number("cancellation-share", "Ortopedi", w(8)) == 1.0 / 12.0)
    }

    @Test func aWeekOutsideTheDataIsAnIncompletePeriod() throws {
        var input = IndicatorFixture.input
        var inflow = ObservedWeeklySeries(coveredWeeks: [week(2025, 6), week(2025, 7), week(2025, 8)])
        try inflow.add(5, object: "ORT1", week: week(2025, 6), source: .inflow)
        input.inflow = inflow
        let result = IndicatorComputer(catalogue: .standard).compute(input, weeks: IndicatorFixture.weeks)
        #expect(result.number("inflow", "Ortopedi", w(6)) == 5)
        #expect(result.number("inflow", "Ortopedi", w(7)) == 0)
        let missing = IndicatorResult.Outcome.notAvailable(.incompletePeriod(.inflow, firstMissingWeek: week(2025, 9)))
        #expect(result.outcome("inflow", "Ortopedi", w(9)) == missing)
        #expect(result.outcome("inflow", "Ortopedi", february) == missing)
        #expect(result.outcome("forecast-error", "Kirurgi", february) == missing)
    }

    @Test func missingSourcesAreNamed() {
        let bare = IndicatorInput(regionCode: "05", planningObjects: IndicatorFixture.objects)
        let result = IndicatorComputer(catalogue: .standard).compute(bare, weeks: IndicatorFixture.weeks)
        #expect(result.values.isEmpty)
        let reasons = Dictionary(
            result.results.map { ($0.key.indicatorID, $0.unavailability!) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["inflow"] == .missingData(.inflow))
        #expect(reasons["production-vs-plan"] == .missingData(.production))
        #expect(reasons["waiting"] == .missingData(.waitingList))
        #expect(reasons["share-treated-within-90"] == .missingData(.completedWaits))
        #expect(reasons["bed-occupancy"] == .missingData(.occupiedBedDays))
        #expect(reasons["limiting-capacity-utilisation"] == .noLimitingResource(.hours))
        #expect(reasons.values.allSatisfy { !$0.message.isEmpty })
    }

    @Test func naturalKeysNameRegionIndicatorVersionGroupAndPeriod() throws {
        let key = try #require(computation.results.first { $0.key.indicatorID == "inflow" }?.key)
        #expect(key.regionCode == "05")
        #expect(key.definitionVersion == 1)
        #expect(key.description == "05/inflow@1/Kirurgi/2025-W06")
    }

    @Test func computingTwiceGivesIdenticalResults() {
        let again = IndicatorComputer(catalogue: .standard).compute(
            IndicatorFixture.input, weeks: IndicatorFixture.weeks)
        #expect(again.results == computation.results)
    }
}
