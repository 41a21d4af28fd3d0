import PlanningDomain

/// A small hand-built region (code "05") over February 2025 = ISO weeks 2025-W06…W09 (the weeks whose Thursday
/// falls in February). Every figure the tests expect is worked out by hand in the comments.
enum IndicatorFixture {
    static let february = YearMonth(year: 2025, month: 2)!
    static let weeks = week(2025, 6)...week(2025, 9)

    static let objects = [
        object("ORT1", unit: "ORT", specialty: "Ortopedi", .visit),
        object("ORT2", unit: "ORT", specialty: "Ortopedi", .operation),
        object("KIR1", unit: "KIR", specialty: "Kirurgi", .visit),
        object("MED1", unit: "MEDAVD", specialty: "Medicin", .inpatient),
    ]

    static func object(_ code: String, unit: String, specialty: String, _ type: ContactType) -> PlanningObject {
        PlanningObject(
            code: code, name: code, unitCode: unit, specialty: specialty, careService: "Tjänst",
            providerCategory: "Läkare", contactType: type, medicalPriority: "P2")
    }

    /// Weekly values for W06…W09; a nil drops the row (a zero within a covered week).
    static func series(_ rows: [String: [Double?]], source: IndicatorDataSource) -> ObservedWeeklySeries {
        var series = ObservedWeeklySeries(coveredWeeks: Set((6...9).map { week(2025, $0) }))
        for (object, values) in rows {
            for (offset, value) in values.enumerated() {
                guard let value else { continue }
                try! series.add(value, object: object, week: week(2025, 6 + offset), source: source)
            }
        }
        return series
    }

    static var input: IndicatorInput {
        var input = IndicatorInput(regionCode: "05", planningObjects: objects)
        // Inflow: Ortopedi 13, 16, 13, 10 (52); Kirurgi 24; Medicin 28.
        input.inflow = series(
            ["ORT1": [10, 12, 8, 10], "ORT2": [3, 4, 5, nil], "KIR1": [6, 6, 6, 6], "MED1": [7, 7, 7, 7]],
            source: .inflow)
        // Forecast errors per object and week: ORT1 1,1,3,1; ORT2 1,0,1,4; KIR1 (no forecast) 6,6,6,6; MED1 0.
        input.inflowForecast = series(
            ["ORT1": [11, 11, 11, 11], "ORT2": [4, 4, 4, 4], "MED1": [7, 7, 7, 7]], source: .inflowForecast)
        // Production: Ortopedi 13, 13, 11, 13 (50); Kirurgi 20; Medicin 28.
        input.production = series(
            ["ORT1": [9, 9, 9, 9], "ORT2": [4, 4, 2, 4], "KIR1": [5, 5, 5, 5], "MED1": [7, 7, 7, 7]],
            source: .production)
        // Plan: Ortopedi 14 a week (56); Kirurgi 5 a week (20); Medicin nothing planned.
        var plan = ProductionPlan(scope: "REG", startWeek: week(2025, 6), weekCount: 4)
        try! plan.setVolumes(object: "ORT1", values: [10, 10, 10, 10])
        try! plan.setVolumes(object: "ORT2", values: [4, 4, 4, 4])
        try! plan.setVolumes(object: "KIR1", values: [5, 5, 5, 5])
        input.plannedProduction = ObservedWeeklySeries(plans: [plan])
        input.occupiedBedDays = series(["MED1": [30, 32, 35, 36]], source: .occupiedBedDays)
        let snapshots = [
            // Sunday of W06: nobody waiting.
            WaitingListSnapshot(date: date("2025-02-09"), entries: []),
            // Sunday of W08: one Ortopedi patient, 53 days.
            WaitingListSnapshot(date: date("2025-02-23"), entries: [waiting("ORT1", since: "2025-01-01")]),
            // Friday of W09, the month's last: Ortopedi 90, 91, 27 and 272 days; Kirurgi 8 days.
            WaitingListSnapshot(
                date: date("2025-02-28"),
                entries: [
                    waiting("ORT1", since: "2024-11-30"), waiting("ORT1", since: "2024-11-29"),
                    waiting("ORT1", since: "2025-02-01"), waiting("ORT2", since: "2024-06-01"),
                    waiting("KIR1", since: "2025-02-20"),
                ]),
        ]
        input.waitingSnapshots = snapshots.map(WaitingDaysSnapshot.init)
        // Ortopedi: W06 87 days, W07 134 days, W09 42 days; a Kirurgi wait ended in W05, outside the range.
        input.completedWaits = try! CompletedWaits(
            entries: [
                CompletedWait(
                    planningObjectCode: "ORT2", waitingSince: date("2024-11-10"), performedOn: date("2025-02-05")),
                CompletedWait(
                    planningObjectCode: "ORT2", waitingSince: date("2024-10-01"), performedOn: date("2025-02-12")),
                CompletedWait(
                    planningObjectCode: "ORT1", waitingSince: date("2025-01-15"), performedOn: date("2025-02-26")),
                CompletedWait(
                    planningObjectCode: "KIR1", waitingSince: date("2024-10-30"), performedOn: date("2025-01-28")),
            ], coveredWeeks: Set((5...9).map { week(2025, $0) }))
        input.resources = [
            Resource(code: "OPSAL", name: "Operationssal", kind: .room, measure: .hours),
            Resource(code: "LAK", name: "Läkare", kind: .staff, measure: .hours),
            Resource(code: "VPL", name: "Vårdplatser", kind: .bed, measure: .beds),
        ]
        // Ortopedi: 10 operating-room hours a week (limiting); Medicin: 5 beds (35 bed-days a week).
        input.capacity = (6...9).flatMap { number in
            [
                CapacityRecord(
                    unitCode: "ORT", resourceCode: "OPSAL", week: week(2025, number), planned: 12, absence: 2),
                CapacityRecord(
                    unitCode: "ORT", resourceCode: "LAK", week: week(2025, number), planned: 100, absence: 0),
                CapacityRecord(
                    unitCode: "MEDAVD", resourceCode: "VPL", week: week(2025, number), planned: 5, absence: 0),
            ]
        }
        // An operation takes 2 operating-room hours; doctors' hours are not limiting.
        input.resourceUse = [
            ResourceUseFactor(planningObjectCode: "ORT2", resourceCode: "OPSAL", perUnit: 2),
            ResourceUseFactor(planningObjectCode: "ORT1", resourceCode: "LAK", perUnit: 0.5),
        ]
        input.limitingResourceCodes = ["OPSAL"]
        return input
    }

    static func waiting(_ object: String, since: String) -> WaitingEntry {
        WaitingEntry(planningObjectCode: object, waitingSince: date(since), medicalTargetDate: nil, priority: nil)
    }
}

extension IndicatorComputation {
    /// The outcome of one indicator for the fixture region.
    func outcome(_ id: String, _ group: String, _ period: IndicatorPeriod) -> IndicatorResult.Outcome? {
        results.first { $0.key.indicatorID == id && $0.key.group == group && $0.key.period == period }?.outcome
    }

    /// The value of one indicator, or nil when not available.
    func number(_ id: String, _ group: String, _ period: IndicatorPeriod) -> Double? {
        guard case .value(let value)? = outcome(id, group, period) else { return nil }
        return value.value
    }
}
