import PlanningDomain
import Testing

@Suite struct PlanWorkflowTests {
    typealias F = PlanFixtures

    /// The states of the table: statuses, plus a proposal with one level's agreement.
    enum State: String, CaseIterable {
        case draft, proposed, proposedTacticalAgreed, proposedStrategicAgreed, agreed, superseded
    }

    /// The commands of the table.
    enum Input: String, CaseIterable {
        case edit, propose, agreeTactical, agreeStrategic, agreeOperational, reject, supersede
    }

    static func version(in state: State) throws -> PlanVersion {
        var version = try PlanVersion(number: 3, plan: F.plan(), createdBy: F.tactical, at: F.time)
        let steps: [PlanCommand] =
            switch state {
            case .draft: []
            case .proposed: [F.command(.propose, F.tactical)]
            case .proposedTacticalAgreed: [F.command(.propose, F.tactical), F.command(.agree, F.tactical)]
            case .proposedStrategicAgreed: [F.command(.propose, F.tactical), F.command(.agree, F.strategic)]
            case .agreed:
                [F.command(.propose, F.tactical), F.command(.agree, F.tactical), F.command(.agree, F.strategic)]
            case .superseded:
                [
                    F.command(.propose, F.tactical), F.command(.agree, F.tactical), F.command(.agree, F.strategic),
                    F.command(.supersede(byVersion: 4), F.tactical),
                ]
            }
        for step in steps { _ = try version.handle(step) }
        return version
    }

    static func command(_ input: Input) -> PlanCommand {
        switch input {
        case .edit: F.command(.edit(.setVolume(object: "ORT-OP", week: week(2025, 12), value: 3)), F.tactical2)
        case .propose: F.command(.propose, F.tactical2)
        case .agreeTactical: F.command(.agree, F.tactical2)
        case .agreeStrategic: F.command(.agree, F.strategic)
        case .agreeOperational: F.command(.agree, F.operational)
        case .reject: F.command(.reject, F.strategic, comment: "För låg volym i juni")
        case .supersede: F.command(.supersede(byVersion: 9), F.tactical2)
        }
    }

    /// Expected outcome: the status after the command, or the error code.
    enum Outcome: Equatable {
        case status(PlanVersionStatus)
        case error(String)
    }

    static func expected(_ state: State, _ input: Input) -> Outcome {
        let notAllowed = Outcome.error("plan_workflow.not_allowed")
        switch (state, input) {
        case (.draft, .edit): return .status(.draft)
        case (.draft, .propose): return .status(.proposed)
        case (.draft, _): return notAllowed
        case (.proposed, .agreeTactical), (.proposed, .agreeStrategic): return .status(.proposed)
        case (.proposedTacticalAgreed, .agreeStrategic), (.proposedStrategicAgreed, .agreeTactical):
            return .status(.agreed)
        case (.proposedTacticalAgreed, .agreeTactical), (.proposedStrategicAgreed, .agreeStrategic):
            return .error("plan_workflow.level_already_agreed")
        case (.proposed, .agreeOperational), (.proposedTacticalAgreed, .agreeOperational),
            (.proposedStrategicAgreed, .agreeOperational):
            return .error("plan_workflow.wrong_level")
        case (.proposed, .reject), (.proposedTacticalAgreed, .reject), (.proposedStrategicAgreed, .reject):
            return .status(.draft)
        case (.proposed, _), (.proposedTacticalAgreed, _), (.proposedStrategicAgreed, _): return notAllowed
        case (.agreed, .edit): return .error("plan_workflow.agreed_is_immutable")
        case (.agreed, .supersede): return .status(.superseded)
        case (.agreed, _), (.superseded, _): return notAllowed
        }
    }

    @Test(arguments: State.allCases, Input.allCases)
    func everyStateAndCommandPairFollowsTheTable(state: State, input: Input) throws {
        var version = try Self.version(in: state)
        let before = version
        let outcome: Outcome
        do {
            _ = try version.handle(Self.command(input))
            outcome = .status(version.status)
            #expect(version.history.count == before.history.count + 1)
            #expect(version.history.last?.actor == Self.command(input).actor)
        } catch {
            outcome = .error(error.code)
            #expect(version == before, "a refused command must leave the version unchanged")
            if error.code == "plan_workflow.not_allowed" {
                #expect(error.message.contains("Version 3 är \(before.status.swedishName)"))
            }
        }
        #expect(outcome == Self.expected(state, input), "\(state) + \(input)")
    }

    @Test func editingAnAgreedVersionIsRefusedWithTheAgreedMessage() throws {
        var version = try Self.version(in: .agreed)
        #expect(throws: PlanWorkflowError.agreedIsImmutable(version: 3)) {
            try version.handle(Self.command(.edit))
        }
        #expect(
            PlanWorkflowError.agreedIsImmutable(version: 3).message
                == "Version 3 är överenskommen och kan inte ändras. "
                + "Skapa en ny version (utkast) och ta den genom en ny överenskommelse.")
        #expect(version.plan == F.plan())
    }

    @Test func agreementNeedsBothLevelsInEitherOrderAndRecordsWhoWhenWhy() throws {
        for order in [[F.tactical, F.strategic], [F.strategic, F.tactical]] {
            var version = try Self.version(in: .proposed)
            let first = try version.handle(F.command(.agree, order[0], comment: "ok", at: "2025-03-15T10:00Z"))
            #expect(version.status == .proposed)
            #expect(first == [.agreementRecorded(version: 3, level: order[0].level, awaiting: [order[1].level])])
            let second = try version.handle(F.command(.agree, order[1], comment: "bra", at: "2025-03-16T11:00Z"))
            #expect(version.status == .agreed)
            #expect(second.last == .versionAgreed(version: 3))
            #expect(version.agreements.map(\.actor) == order)
            #expect(version.agreements.map(\.timestamp) == ["2025-03-15T10:00Z", "2025-03-16T11:00Z"])
            #expect(version.agreements.map(\.comment) == ["ok", "bra"])
        }
    }

    @Test func theSameUserCannotAgreeTwiceEvenAtAnotherLevel() throws {
        var version = try Self.version(in: .proposedTacticalAgreed)
        let sameUserAsStrategic = PlanActor(userID: F.tactical.userID, level: .strategic)
        #expect(throws: PlanWorkflowError.userAlreadyAgreed(version: 3, userID: "anna.taktisk", level: .tactical)) {
            try version.handle(F.command(.agree, sameUserAsStrategic))
        }
        #expect(version.status == .proposed)
    }

    @Test func onlyTheTacticalLevelProposes() throws {
        var version = try Self.version(in: .draft)
        #expect(
            throws: PlanWorkflowError.wrongLevel(version: 3, command: .propose, level: .strategic, allowed: [.tactical])
        ) { try version.handle(F.command(.propose, F.strategic)) }
    }

    @Test func rejectionNeedsAReasonAndClearsAgreements() throws {
        var version = try Self.version(in: .proposedTacticalAgreed)
        #expect(throws: PlanWorkflowError.missingReason(version: 3)) {
            try version.handle(F.command(.reject, F.strategic, comment: "  "))
        }
        let effects = try version.handle(F.command(.reject, F.strategic, comment: " Fel i vecka 23 "))
        #expect(effects == [.returnedToDraft(version: 3, reason: "Fel i vecka 23")])
        #expect(version.status == .draft && version.agreements.isEmpty)
        _ = try version.handle(F.command(.propose, F.tactical))
        #expect(version.awaitingLevels == [.tactical, .strategic])
    }

    @Test(arguments: ["", "2025-03-14", "14/3 09:30", "2025-13-01T10:00Z", "2025-03-14T25:00Z"])
    func commandsNeedAUserAndAnISOTimestamp(timestamp: String) throws {
        var version = try Self.version(in: .draft)
        #expect(throws: PlanWorkflowError.invalidTimestamp(timestamp)) {
            try version.handle(F.command(.propose, F.tactical, at: timestamp))
        }
        #expect(throws: PlanWorkflowError.missingUser) {
            try version.handle(F.command(.propose, PlanActor(userID: " ", level: .tactical)))
        }
    }

    @Test func aRefusedEditInADraftNamesTheVersionAndThePlanError() throws {
        var version = try Self.version(in: .draft)
        do {
            _ = try version.handle(
                F.command(.edit(.setVolume(object: "A", week: week(2025, 12), value: -1)), F.tactical))
            Issue.record("a negative volume was accepted")
        } catch {
            #expect(error.code == "plan_workflow.edit_rejected")
            #expect(error.message.hasPrefix("Version 3 ändrades inte: Planerad volym för A"))
        }
    }
}
