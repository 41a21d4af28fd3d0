import PlanningDomain
import Testing

@Suite struct DeviationRegisterTests {
    private let time = "2025-03-14T09:30"
    private let path = ["E1", "K1", "D1", "R"]

    private func opening(_ id: String = "A", unit: String = "E1", week number: Int = 10) -> DeviationOpening {
        DeviationOpening(
            id: id, unitCode: unit, objectCode: "O1", week: week(2025, number),
            reasons: [.belowPlan(deviation: -5, relative: -0.5)], figures: PlannedActual(planned: 10, actual: 5))
    }

    private var comment: DeviationComment {
        DeviationComment(
            cause: "Sjukfrånvaro", action: "Extra mottagning v. 12", owner: "Enhetschef", author: "u1", time: time)
    }

    private var note: DeviationNote { DeviationNote(author: "u1", time: time, text: "Ikapp") }

    private func register(weeks: Int, requiresComment: Bool = true) throws -> DeviationRegister {
        var register = try DeviationRegister(
            tree: FollowUpFixtures.tree,
            configuration: .init(escalateAfterWeeks: weeks, requiresCommentBeforeResolving: requiresComment))
        _ = try register.handle(.weekPassed(week(2025, 10)))
        _ = try register.handle(.opened(opening()))
        return register
    }

    private enum Step: CaseIterable { case tick, comment, resolve, reopen }

    /// An independent model: counts unresolved weeks tick by tick and moves one level per full interval.
    private struct Model {
        var status = DeviationStatus.open
        var level = 0
        var unresolvedWeeks = 0
        var week = 10
    }

    @Test func everyEventSequenceFollowsTheModel() throws {
        for weeks in 1...3 {
            for requiresComment in [true, false] {
                let start = try register(weeks: weeks, requiresComment: requiresComment)
                try explore(start, Model(), depth: 7, weeks: weeks, requiresComment: requiresComment)
            }
        }
    }

    private func explore(
        _ register: DeviationRegister, _ model: Model, depth: Int, weeks: Int, requiresComment: Bool
    ) throws {
        guard depth > 0 else { return }
        for step in Step.allCases {
            var next = register
            var expected = model
            let allowed: Bool
            let event: DeviationEvent
            switch step {
            case .tick:
                expected.week += 1
                event = .weekPassed(week(2025, expected.week))
                allowed = true
                if expected.status.isUnresolved {
                    expected.unresolvedWeeks += 1
                    if expected.unresolvedWeeks == weeks && expected.level < path.count - 1 {
                        expected.level += 1
                        expected.unresolvedWeeks = 0
                    }
                }
            case .comment:
                event = .commented(id: "A", comment)
                allowed = model.status.isUnresolved
                expected.status = .commented
            case .resolve:
                event = .resolved(id: "A", note)
                allowed = model.status.isUnresolved && (!requiresComment || model.status == .commented)
                expected.status = .resolved
            case .reopen:
                event = .reopened(id: "A", note)
                allowed = model.status == .resolved
                expected.status = .reopened
                expected.unresolvedWeeks = 0
            }
            do {
                let effects = try next.handle(event)
                #expect(allowed, "\(step) was accepted in status \(model.status)")
                let item = try #require(next.items["A"])
                #expect(item.status == expected.status)
                #expect(item.responsibleUnitCode == path[expected.level])
                #expect(item.escalations.count == expected.level)
                let escalated = effects.contains { if case .escalated = $0 { true } else { false } }
                #expect(escalated == (expected.level > model.level))
                try explore(next, expected, depth: depth - 1, weeks: weeks, requiresComment: requiresComment)
            } catch let error as DeviationError {
                #expect(!allowed, "\(step) was refused in status \(model.status): \(error.message)")
                #expect(next.items == register.items)
            }
        }
    }

    @Test func skippingWeeksEscalatesAsFarAsTickingEachWeekButNeverBeyondTheRoot() throws {
        var ticked = try register(weeks: 2)
        for number in 11...30 { _ = try ticked.handle(.weekPassed(week(2025, number))) }
        var skipped = try register(weeks: 2)
        let effects = try skipped.handle(.weekPassed(week(2025, 30)))
        #expect(ticked.items == skipped.items)
        #expect(skipped.items["A"]?.responsibleUnitCode == "R")
        #expect(
            effects == [
                .escalated(id: "A", from: "E1", to: "K1", level: .department, week: week(2025, 12)),
                .escalated(id: "A", from: "K1", to: "D1", level: .division, week: week(2025, 14)),
                .escalated(id: "A", from: "D1", to: "R", level: .region, week: week(2025, 16)),
            ])
        var atRoot = try DeviationRegister(tree: FollowUpFixtures.tree)
        _ = try atRoot.handle(.opened(opening("B", unit: "R")))
        #expect(try atRoot.handle(.weekPassed(week(2026, 10))).isEmpty)
    }

    @Test func theWeeklyRhythmListsNewEscalatedAndOverdueItems() throws {
        var register = try register(weeks: 2)  // A opened at E1 in week 10
        _ = try register.handle(.weekPassed(week(2025, 11)))
        _ = try register.handle(.opened(opening("B", unit: "E1", week: 11)))
        _ = try register.handle(.opened(opening("C", unit: "E2", week: 11)))
        _ = try register.handle(.commented(id: "C", comment))
        let e1 = register.agenda(for: "E1", week: week(2025, 11))
        #expect(e1.newItems.map(\.id) == ["B"])
        #expect(e1.overdueComments.map(\.id) == ["A"])
        #expect(e1.escalatedToUnit.isEmpty)
        #expect(register.agenda(for: "E2", week: week(2025, 11)).overdueComments.isEmpty)
        _ = try register.handle(.weekPassed(week(2025, 12)))
        let k1 = register.agenda(for: "K1", week: week(2025, 12))
        #expect(k1.escalatedToUnit.map(\.id) == ["A"])
        #expect(k1.newItems.isEmpty)
        let overview = register.agenda(for: "K1", week: week(2025, 12), includingSubtree: true)
        #expect(overview.overdueComments.map(\.id) == ["A", "B"])
        #expect(register.agendas(at: .unit, week: week(2025, 12)).map(\.unitCode) == ["E1", "E2", "E3"])
        #expect(k1.swedishSummary == "Vecka 2025-W12: 0 nya, 1 eskalerade hit, 1 väntar på kommentar.")
    }

    @Test func badEventsAreRefusedWithAHelpfulCode() throws {
        var register = try register(weeks: 2)
        #expect(throws: DeviationError.duplicateItem("A")) { try register.handle(.opened(opening())) }
        #expect(throws: DeviationError.unknownUnit("E9")) { try register.handle(.opened(opening("Z", unit: "E9"))) }
        #expect(throws: DeviationError.unknownItem("Q")) { try register.handle(.commented(id: "Q", comment)) }
        var blank = comment
        blank.action = "  "
        #expect(throws: DeviationError.missingText(id: "A", field: "åtgärd")) {
            try register.handle(.commented(id: "A", blank))
        }
        var late = comment
        late.time = "14/3 09:30"
        #expect(throws: DeviationError.invalidTimestamp("14/3 09:30")) {
            try register.handle(.commented(id: "A", late))
        }
        #expect(throws: DeviationError.commentRequired("A")) { try register.handle(.resolved(id: "A", note)) }
        #expect(throws: DeviationError.weekWentBackwards(current: week(2025, 10), given: week(2025, 9))) {
            try register.handle(.weekPassed(week(2025, 9)))
        }
        var noReason = opening("N")
        noReason.reasons = []
        #expect(throws: DeviationError.noReason("N")) { try register.handle(.opened(noReason)) }
        #expect(throws: DeviationError.invalidSetting(name: "escalateAfterWeeks", value: 0, minimum: 1)) {
            try DeviationRegister(tree: FollowUpFixtures.tree, configuration: .init(escalateAfterWeeks: 0))
        }
        #expect(DeviationError.commentRequired("A").message.contains("orsak, åtgärd, ansvarig"))
    }
}
