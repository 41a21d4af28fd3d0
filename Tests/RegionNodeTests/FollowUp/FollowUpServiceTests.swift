import Forecasting
import Foundation
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData
import Testing

/// A region with two years of history to 2025-W40, an agreed plan from W41, and four weeks of outcome.
func followUpWorkspace(completedWaits: Bool = true) throws -> (Workspace, planID: Int64) {
    // Without `genomforda.csv` the care-guarantee figures are derived from the snapshots (a range).
    let keep = { (path: String) in completedWaits || !path.hasSuffix("genomforda.csv") }
    let cutoff = ISOWeek(year: 2025, week: 40)!
    let region = SyntheticRegionGenerator.generate(
        SyntheticRegionConfiguration(
            regionCode: "09", seed: 11, lastWeek: cutoff.adding(weeks: 4), years: 2, scale: 0.5))
    let workspace = try Workspace()
    try workspace.importFiles(
        try SyntheticRegionWriter.write(region, to: workspace.path("history"), through: cutoff).filter(keep))
    _ = try ForecastService(store: workspace.store, methods: BuiltInMethods.candidates(for: .weekly), now: fixedNow)
        .run(ForecastRunRequest(horizon: 52))
    let plans = PlanService(store: workspace.store, now: fixedNow)
    let created = try plans.create(unitCode: "R09", name: "Plan 2026", startWeek: nil, user: "anna")
    try plans.handle(planID: created.planID, version: 1, action: .propose, user: "anna", level: .tactical)
    try plans.handle(planID: created.planID, version: 1, action: .agree, user: "anna", level: .tactical)
    try plans.handle(planID: created.planID, version: 1, action: .agree, user: "bo", level: .strategic)
    try workspace.importFiles(
        try SyntheticRegionWriter.writeOutcome(region, after: cutoff, to: workspace.path("utfall")).filter(keep))
    return (workspace, created.planID)
}

@Suite("Follow-up on the node", .serialized)
struct FollowUpServiceTests {
    @Test func outcomeIsComparedWithTheAgreedPlanOverTheWeeksThatHaveBoth() throws {
        let (workspace, planID) = try followUpWorkspace()
        defer { workspace.remove() }
        let service = FollowUpService(store: workspace.store, now: fixedNow)
        let followUp = try service.production()
        #expect(followUp.weeks == ISOWeek(year: 2025, week: 41)!...ISOWeek(year: 2025, week: 44)!)
        #expect(followUp.plans.map(\.id) == [planID])
        let region = try followUp.figures.figures(
            for: .unit("R09"), in: .yearToDate(through: followUp.weeks.upperBound))
        let plan = followUp.plans[0].plan
        let planned = followUp.weeksList.map { week in
            plan.objectCodes.compactMap { plan.volume(of: $0, in: week) }.reduce(0, +)
        }
        #expect(abs(region.all.planned - planned.reduce(0, +)) < 1e-6)
        let outcome = try workspace.store.weeklyCounts(.production, from: followUp.weeks.lowerBound)
        #expect(abs(region.all.actual - Double(outcome.map(\.count).reduce(0, +))) < 1e-6)
    }

    @Test func theWeeklyRoundOpensItemsOnceAndCommentsAndResolutionsAreKept() throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        let service = FollowUpService(store: workspace.store, now: fixedNow)
        let week = ISOWeek(year: 2025, week: 44)!
        let effects = try service.runRound(week: week, actor: "ada")
        let opened = effects.compactMap { if case .itemOpened(let id, _) = $0 { id } else { nil } }
        #expect(!opened.isEmpty)
        #expect(try service.runRound(week: week, actor: "ada").isEmpty)
        let id = try #require(opened.first)
        #expect(throws: FollowUpServiceError.self) { try service.resolve(id: id, note: "klart", by: "bo") }
        try service.comment(
            id: id, cause: "Sjukfrånvaro", action: "Extra mottagning v. 46", owner: "Enhetschef", by: "bo")
        try service.resolve(id: id, note: "Ikapp", by: "bo")
        let register = try service.register()
        #expect(register.items[id]?.status == .resolved)
        #expect(register.items[id]?.comments.first?.cause == "Sjukfrånvaro")
    }

    @Test func unresolvedItemsEscalateAfterTwoWeeks() throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        let service = FollowUpService(store: workspace.store, now: fixedNow)
        let week = ISOWeek(year: 2025, week: 44)!
        _ = try service.runRound(week: week, actor: "ada")
        let later = try service.runRound(week: week.adding(weeks: 2), actor: "ada")
        #expect(later.contains { if case .escalated = $0 { true } else { false } })
        let register = try service.register()
        #expect(register.items.values.contains { !$0.escalations.isEmpty })
    }

    @Test func withoutAnAgreedPlanTheFollowUpSaysWhatToDo() throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        let error = #expect(throws: FollowUpServiceError.self) {
            try FollowUpService(store: workspace.store, now: fixedNow).production()
        }
        #expect(error?.code == "follow_up.no_agreed_plan")
    }
}

extension ProductionFollowUp {
    var weeksList: [ISOWeek] {
        (0...ISOWeek.weeks(from: weeks.lowerBound, to: weeks.upperBound)).map { weeks.lowerBound.adding(weeks: $0) }
    }
}
