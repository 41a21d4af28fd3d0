import PlanningDomain
import Testing

@Suite struct ProductionGoalCheckTests {
    /// Calendar year 2026 as ISO weeks 2026-W01…W53, ten visits a week for one object.
    static func plan2026(perWeek: Double = 10) -> ProductionPlan {
        var plan = ProductionPlan(scope: "K100", rollingYearFrom: week(2026, 1))
        try! plan.setVolumes(object: "ORT-NYB", values: Array(repeating: perWeek, count: plan.weekCount))
        try! plan.setVolumes(object: "ORT-OP", values: Array(repeating: 2, count: plan.weekCount))
        return plan
    }

    @Test func aPlanBelowTheYearlyGoalGetsASwedishWarningWithAbsoluteAndRelativeDifference() throws {
        let plan = Self.plan2026()
        #expect(plan.weekCount == 53)
        let goal = ProductionGoal(
            name: "Nybesök ortopedi", scope: "K100", period: .year(2026), selection: .objects(["ORT-NYB"]), volume: 560)
        let deviations = GoalCheck.check(plan: plan, goals: [goal])
        let deviation = try #require(deviations.first)
        #expect(deviations.count == 1)
        #expect(deviation.kind == .belowGoal)
        #expect(deviation.planned == 530 && deviation.difference == -30)
        #expect(abs(deviation.relativeDifference! - (-30.0 / 560)) < 1e-12)
        #expect(
            deviation.message
                == "Produktionsmålet \"Nybesök ortopedi\" för 2026 (K100) är 560, men veckoplanen summerar till 530: "
                + "30 (5,4 %) under målet. Öka planerad volym eller ompröva målet.")
    }

    @Test func deviationsWithinTheToleranceAreNotReported() {
        let plan = Self.plan2026()
        let goal = ProductionGoal(name: "Alla", scope: "K100", period: .year(2026), volume: 630)  // planned 636
        #expect(GoalCheck.check(plan: plan, goals: [goal]).isEmpty)
        let strict = GoalCheck.check(plan: plan, goals: [goal], tolerance: .init(relative: 0.005, absolute: 0))
        #expect(strict.map(\.kind) == [.aboveGoal])
        #expect(strict.first?.message.contains("6 (1 %) över målet. Minska planerad volym") == true)
    }

    @Test func quarterGoalsCountWeeksByTheirThursdayAndSpecialtiesResolveThroughObjects() {
        let plan = Self.plan2026()
        let q2 = YearQuarter(year: 2026, quarter: 2)!
        let weeksInQ2 = plan.weeks.count { $0.quarter == q2 }
        let objects = [
            PlanningObject(
                code: "ORT-NYB", name: "Nybesök", unitCode: "K100", specialty: "Ortopedi", careService: "Nybesök",
                providerCategory: "Läkare", contactType: .visit, medicalPriority: "P2")
        ]
        let goal = ProductionGoal(
            name: "Ortopedi Q2", scope: "K100", period: .quarter(q2), selection: .specialty("Ortopedi"),
            volume: Double(weeksInQ2 * 10))
        #expect(
            GoalCheck.check(plan: plan, goals: [goal], objects: objects, tolerance: .init(relative: 0, absolute: 0))
                .isEmpty)
        let tooHigh = ProductionGoal(
            name: "Ortopedi Q2", scope: "K100", period: .quarter(q2), selection: .specialty("Ortopedi"), volume: 200)
        #expect(
            GoalCheck.check(plan: plan, goals: [tooHigh], objects: objects).first?.planned == Double(weeksInQ2 * 10))
    }

    @Test func partlyCoveredPeriodsAreFlaggedNotComparedAndOtherScopesIgnored() throws {
        let plan = Self.plan2026()
        let goals = [
            ProductionGoal(name: "2027", scope: "K100", period: .year(2027), volume: 100),
            ProductionGoal(name: "2025", scope: "K100", period: .year(2025), volume: 100),
            ProductionGoal(name: "Annan enhet", scope: "K200", period: .year(2026), volume: 1),
        ]
        let deviations = GoalCheck.check(plan: plan, goals: goals)
        #expect(deviations.isEmpty, "the 53-week plan from 2026-W01 touches neither 2025 nor 2027")
        var shifted = ProductionPlan(scope: "K100", rollingYearFrom: week(2026, 27))
        try shifted.setVolumes(object: "A", values: Array(repeating: 1, count: shifted.weekCount))
        let partial = GoalCheck.check(plan: shifted, goals: [goals[0]])
        #expect(partial.map(\.kind) == [.partialCoverage(coveredWeeks: 26, periodWeeks: 52)])
        #expect(partial.first?.message.contains("täcker 26 av 52 veckor") == true)
    }
}
