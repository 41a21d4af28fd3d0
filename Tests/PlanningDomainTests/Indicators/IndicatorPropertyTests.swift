import PlanningDomain
import Testing

@Suite("Indicator computation: properties on random regions, warnings and input errors")
struct IndicatorPropertyTests {
    static let specialties = ["Ortopedi", "Kirurgi", "Ögon"]
    static let contactTypes: [ContactType] = [.visit, .operation, .phone]

    /// A random region over January–February 2025 (2025-W01…W09).
    static func randomInput(_ generator: inout SeededGenerator) -> IndicatorInput {
        var objects: [PlanningObject] = []
        for (index, specialty) in specialties.enumerated() {
            for type in contactTypes where Bool.random(using: &generator) || type == .visit {
                objects.append(
                    IndicatorFixture.object("\(index)-\(type.rawValue)", unit: "U\(index)", specialty: specialty, type))
            }
        }
        let weeks = (1...9).map { week(2025, $0) }
        func series(_ source: IndicatorDataSource, max: Int) -> ObservedWeeklySeries {
            var series = ObservedWeeklySeries(coveredWeeks: Set(weeks))
            for object in objects {
                for week in weeks where Int.random(in: 0..<4, using: &generator) > 0 {
                    let value = Double(Int.random(in: 0...max, using: &generator))
                    try! series.add(value, object: object.code, week: week, source: source)
                }
            }
            return series
        }
        var input = IndicatorInput(regionCode: "05", planningObjects: objects)
        input.inflow = series(.inflow, max: 30)
        input.production = series(.production, max: 30)
        input.plannedProduction = series(.plannedProduction, max: 30)
        input.inflowForecast = series(.inflowForecast, max: 30)
        input.cancellations = series(.cancellations, max: 4)
        input.waitingSnapshots = weeks.map { week in
            let date = week.monday.adding(days: Int.random(in: 0...6, using: &generator))
            let entries = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                WaitingEntry(
                    planningObjectCode: objects.randomElement(using: &generator)!.code,
                    waitingSince: date.adding(days: -Int.random(in: 0...400, using: &generator)),
                    medicalTargetDate: nil, priority: nil)
            }
            return WaitingDaysSnapshot(WaitingListSnapshot(date: date, entries: entries))
        }
        input.completedWaits = try! CompletedWaits(
            entries: (0..<Int.random(in: 0...80, using: &generator)).map { _ in
                let end = weeks.randomElement(using: &generator)!.monday.adding(
                    days: Int.random(in: 0...6, using: &generator))
                return CompletedWait(
                    planningObjectCode: objects.randomElement(using: &generator)!.code,
                    waitingSince: end.adding(days: -Int.random(in: 0...200, using: &generator)), performedOn: end)
            }, coveredWeeks: Set(weeks))
        return input
    }

    @Test func sharesStayWithinZeroAndOneAndMonthsAddUpTheirWeeks() {
        var generator = SeededGenerator(seed: 7)
        let range = week(2025, 1)...week(2025, 9)
        var monthsChecked = 0
        for _ in 0..<40 {
            let input = Self.randomInput(&generator)
            let result = IndicatorComputer(catalogue: .standard).compute(input, weeks: range)
            let units = Dictionary(
                uniqueKeysWithValues: IndicatorCatalogue.standard.definitions.map { ($0.id, $0.unit) })
            var byKey: [IndicatorValueKey: IndicatorValue] = [:]
            for value in result.values {
                byKey[value.key] = value
                #expect(value.value.isFinite && value.value >= 0 && value.numerator >= 0)
                if units[value.key.indicatorID] == .share { #expect(value.value <= 1) }
                if let denominator = value.denominator { #expect(denominator > 0) }
            }
            // Flow numerators of a month are the sums of its weeks' (January = W01…W05). (Not so for forecast
            // error: a week without inflow has no value, but its forecast's error still counts in the month.)
            for id in ["inflow", "production", "cancellations", "share-treated-within-90"] {
                for group in Self.specialties {
                    func key(_ period: IndicatorPeriod) -> IndicatorValueKey {
                        IndicatorValueKey(
                            regionCode: "05", indicatorID: id, definitionVersion: 1, group: group, period: period)
                    }
                    guard let month = byKey[key(.month(YearMonth(year: 2025, month: 1)!))] else { continue }
                    let weekly = (1...5).map { byKey[key(.week(week(2025, $0)))]?.numerator ?? 0 }
                    #expect(month.numerator == weekly.reduce(0, +))
                    monthsChecked += 1
                }
            }
            #expect(result.warnings.isEmpty)
        }
        #expect(monthsChecked > 100)
    }

    @Test func planningObjectGroupsSplitASpecialtyByContactType() throws {
        let catalogue = try IndicatorCatalogue(
            version: 1,
            definitions: [
                IndicatorDefinition(
                    id: "inflow-by-contact-type", version: 1, name: "Inflöde per kontakttyp",
                    description: "Inflöde per specialitet och kontakttyp.", formula: .inflow, unit: .patients,
                    direction: .neutral, basis: .personBased, periodTypes: [.month],
                    grouping: .specialtyAndContactType)
            ])
        let result = IndicatorComputer(catalogue: catalogue).compute(
            IndicatorFixture.input, weeks: IndicatorFixture.weeks)
        let february = IndicatorPeriod.month(IndicatorFixture.february)
        #expect(result.number("inflow-by-contact-type", "Ortopedi/besök", february) == 40)
        #expect(result.number("inflow-by-contact-type", "Ortopedi/operation", february) == 12)
        #expect(result.results.count == 4)
    }

    @Test func rowsThatCannotBePlacedAreLeftOutWithAWarning() throws {
        var input = IndicatorFixture.input
        try input.inflow!.add(100, object: "OKÄND", week: week(2025, 6), source: .inflow)
        input.planningObjects.append(IndicatorFixture.object("MIX1", unit: "ORT", specialty: "Handkirurgi", .visit))
        input.capacity!.append(
            CapacityRecord(unitCode: "ORT", resourceCode: "ROBOT", week: week(2025, 6), planned: 5, absence: 0))
        let result = IndicatorComputer(catalogue: .standard).compute(input, weeks: IndicatorFixture.weeks)
        #expect(
            result.warnings == [
                .unattributedCapacity(unitCode: "ORT", specialties: ["Handkirurgi", "Ortopedi"]),
                .unknownPlanningObject(code: "OKÄND", source: .inflow),
                .unknownResource(code: "ROBOT"),
            ])
        #expect(result.warnings.allSatisfy { !$0.message.isEmpty })
        #expect(result.number("inflow", "Ortopedi", .week(week(2025, 6))) == 13)
        // ORT's operating-room hours can no longer be placed: no capacity, no utilisation figure.
        let february = IndicatorPeriod.month(IndicatorFixture.february)
        #expect(
            result.outcome("limiting-capacity-utilisation", "Ortopedi", february) == .notAvailable(.zeroDenominator))

        // Naming the unit's specialty places the capacity again.
        input.unitSpecialties = ["ORT": "Ortopedi"]
        let placed = IndicatorComputer(catalogue: .standard).compute(input, weeks: IndicatorFixture.weeks)
        #expect(placed.number("limiting-capacity-utilisation", "Ortopedi", february) == 28.0 / 40.0)
        #expect(!placed.warnings.contains { $0.code == "indicator.unattributed_capacity" })
    }

    @Test func invalidInputIsRefusedWithTheValueNamed() {
        var series = ObservedWeeklySeries(coveredWeeks: [])
        #expect(
            throws: IndicatorInputError.invalidValue(source: .inflow, object: "ORT1", week: week(2025, 6), value: -1)
        ) {
            try series.add(-1, object: "ORT1", week: week(2025, 6), source: .inflow)
        }
        #expect(throws: IndicatorInputError.self) {
            try series.add(.infinity, object: "ORT1", week: week(2025, 6), source: .inflow)
        }
        #expect(series.coveredWeeks.isEmpty)
        #expect(throws: IndicatorInputError.self) {
            try CompletedWaits(entries: [
                CompletedWait(
                    planningObjectCode: "ORT1", waitingSince: date("2025-02-02"), performedOn: date("2025-02-01"))
            ])
        }
        #expect(throws: IndicatorInputError.self) {
            try ObservedWeeklySeries(
                source: .production,
                counts: [WeeklyCount(planningObjectCode: "ORT1", week: week(2025, 6), count: -3)])
        }
    }

    @Test func weeklyCountsCoverTheirOwnWeeksByDefault() throws {
        let series = try ObservedWeeklySeries(
            source: .inflow,
            counts: [
                WeeklyCount(planningObjectCode: "ORT1", week: week(2025, 6), count: 3),
                WeeklyCount(planningObjectCode: "ORT1", week: week(2025, 6), count: 2),
                WeeklyCount(planningObjectCode: "ORT2", week: week(2025, 8), count: 1),
            ])
        #expect(series.coveredWeeks == [week(2025, 6), week(2025, 8)])
        #expect(series.value(object: "ORT1", week: week(2025, 6)) == 5)
        #expect(series.value(object: "ORT2", week: week(2025, 6)) == 0)
    }

    @Test func plansCoverOnlyTheWeeksEveryPlanCovers() throws {
        var first = ProductionPlan(scope: "A", startWeek: week(2025, 6), weekCount: 4)
        try first.setVolumes(object: "ORT1", values: [1, 2, 3, 4])
        var second = ProductionPlan(scope: "B", startWeek: week(2025, 8), weekCount: 4)
        try second.setVolumes(object: "KIR1", values: [5, 6, 7, 8])
        let series = ObservedWeeklySeries(plans: [first, second])
        #expect(series.coveredWeeks == [week(2025, 8), week(2025, 9)])
        #expect(series.value(object: "ORT1", week: week(2025, 9)) == 4)
        #expect(series.value(object: "KIR1", week: week(2025, 8)) == 5)
    }
}
