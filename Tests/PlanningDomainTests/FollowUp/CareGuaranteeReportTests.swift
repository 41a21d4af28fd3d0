import PlanningDomain
import Testing

@Suite struct CareGuaranteeReportTests {
    private func entry(_ code: String, _ since: String) -> WaitingEntry {
        WaitingEntry(planningObjectCode: code, waitingSince: date(since), medicalTargetDate: nil, priority: nil)
    }

    /// Snapshot 2025-06-30: O1 90 days (within), O1 91 days (over), O2 0 days, O4 180 days, O5 60 days.
    private var snapshot: WaitingListSnapshot {
        WaitingListSnapshot(
            date: date("2025-06-30"),
            entries: [
                entry("O1", "2025-04-01"), entry("O1", "2025-03-31"), entry("O2", "2025-06-30"),
                entry("O4", "2025-01-01"), entry("O5", "2025-05-01"),
            ])
    }

    private func report(limit: Double = 90) throws -> CareGuaranteeReport {
        try CareGuaranteeReport(limit: Quantity(limit), objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree)
    }

    @Test func shareWaitingWithinNinetyDaysPerSpecialtyUnitAndRegion() throws {
        let report = try report()
        let bySpecialty = try report.waiting(snapshot, by: .specialty)
        #expect(bySpecialty.map(\.group) == ["Kirurgi", "Ortopedi"])
        #expect(bySpecialty.map(\.total) == [2, 3])
        #expect(bySpecialty.map(\.withinLimit) == [1, 2])
        #expect(bySpecialty[1].shareWithinLimit == 2.0 / 3)
        // O5 belongs to K2 itself, so at the enhet level it counts under K2.
        let byUnit = try report.waiting(snapshot, by: .unit(.unit))
        #expect(byUnit.map(\.group) == ["E1", "E3", "K2"])
        #expect(byUnit.map(\.withinLimit) == [2, 0, 1])
        #expect(byUnit[0].name == "Ortopedmottagningen")
        let byDepartment = try report.waiting(snapshot, by: .unit(.department))
        #expect(byDepartment.map { [$0.group: $0.total] } == [["K1": 3], ["K2": 2]])
        let region = try report.waiting(snapshot, by: .region)
        #expect(region == [CareGuaranteeFigures(group: "R", name: "Region", total: 5, withinLimit: 3)])
        #expect(region[0].overLimit == 2)
    }

    @Test func theLimitIsConfigurable() throws {
        let region = try report(limit: 60).waiting(snapshot, by: .region)
        #expect(region[0].withinLimit == 2)  // 0 and 60 days
    }

    @Test func shareTreatedWithinTheLimitCountsWaitsCompletedInThePeriod() throws {
        let completions = [
            CompletedWait(planningObjectCode: "O3", waitingSince: date("2025-03-01"), performedOn: date("2025-06-10")),
            CompletedWait(planningObjectCode: "O3", waitingSince: date("2025-05-01"), performedOn: date("2025-06-15")),
            CompletedWait(planningObjectCode: "O3", waitingSince: date("2025-06-01"), performedOn: date("2025-07-01")),
        ]
        let june = YearMonth(year: 2025, month: 6)!
        let lines = try report().performed(completions, in: june, by: .planningObject)
        #expect(lines == [CareGuaranteeFigures(group: "O3", name: "Objekt O3", total: 2, withinLimit: 1)])
        #expect(lines[0].shareWithinLimit == 0.5)
        #expect(completions[0].daysWaited == 101)
        #expect(try report().performed([], in: june, by: .region).isEmpty)
    }

    @Test func badWaitsAreRefused() throws {
        let future = WaitingListSnapshot(date: date("2025-06-30"), entries: [entry("O1", "2025-07-01")])
        #expect(throws: FollowUpError.negativeWait(object: "O1", since: date("2025-07-01"), until: date("2025-06-30")))
        {
            try report().waiting(future, by: .region)
        }
        let unknown = WaitingListSnapshot(date: date("2025-06-30"), entries: [entry("X", "2025-06-01")])
        #expect(throws: FollowUpError.unknownObject(code: "X", source: "väntelistan")) {
            try report().waiting(unknown, by: .region)
        }
    }
}
