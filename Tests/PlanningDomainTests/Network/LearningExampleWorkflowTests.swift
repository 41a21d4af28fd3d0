import PlanningDomain
import Testing

/// The review workflow of a learning example: every command in every status, who may act, and revisions.
@Suite struct LearningExampleWorkflowTests {
    enum State: String, CaseIterable { case draft, submitted, changesRequested, published, rejected }
    enum Input: String, CaseIterable { case edit, submit, comment, requestChanges, publish, reject, reopen }

    static let owner = NX.actor("05")

    static func content(_ title: String = "Veckovis produktionsplanering i ortopedin") -> LearningExampleContent {
        LearningExampleContent(
            title: title, theme: .realisticPlanning, level: .tactical,
            problem: "Planerna justerades som prognoser varje vecka.",
            whatWasDone: "Vi införde en överenskommen produktionsplan per vecka och uppföljning varje månad.",
            results: "Väntande över 90 dagar minskade med en tredjedel på ett år.",
            indicatorIDs: ["waiting_over_90_days", "production_vs_plan"], contactRole: "Produktionsstrateg, ortopedi",
            attachments: [
                LearningAttachment(name: "mall.xlsx", mediaType: "application/vnd.ms-excel", byteCount: 80_000)
            ])
    }

    static func command(
        _ action: LearningExampleCommand.Action, _ actor: NetworkActor, _ example: LearningExample,
        comment: String = ""
    ) -> LearningExampleCommand {
        LearningExampleCommand(action, by: actor, at: NX.time, expectedVersion: example.version, comment: comment)
    }

    static func example(in state: State) throws -> LearningExample {
        var example = try LearningExample(id: "L1", content: content(), createdBy: owner, at: NX.time)
        let steps: [(LearningExampleCommand.Action, NetworkActor, String)] =
            switch state {
            case .draft: []
            case .submitted: [(.submit, owner, "")]
            case .changesRequested: [(.submit, owner, ""), (.requestChanges, NX.agency, "Lägg till siffror")]
            case .published: [(.submit, owner, ""), (.publish, NX.agency, "")]
            case .rejected: [(.submit, owner, ""), (.reject, NX.agency, "Utanför nätverkets teman")]
            }
        for (action, actor, comment) in steps {
            _ = try example.handle(command(action, actor, example, comment: comment))
        }
        return example
    }

    /// The right actor for each command, with a comment where one is needed.
    static func input(_ input: Input, _ example: LearningExample) -> LearningExampleCommand {
        switch input {
        case .edit: command(.edit(content("Ny titel")), owner, example)
        case .submit: command(.submit, owner, example)
        case .comment: command(.comment, NX.agency, example, comment: "Kan ni visa utfallet per månad?")
        case .requestChanges: command(.requestChanges, NX.agency, example, comment: "Beskriv rollerna")
        case .publish: command(.publish, NX.agency, example)
        case .reject: command(.reject, NX.agency, example, comment: "Dubblett")
        case .reopen: command(.reopen, owner, example)
        }
    }

    static func expected(_ state: State, _ input: Input) -> LearningExampleStatus? {
        switch (state, input) {
        case (.draft, .edit), (.changesRequested, .edit): state == .draft ? .draft : .changesRequested
        case (.draft, .submit), (.changesRequested, .submit): .submitted
        case (.submitted, .comment): .submitted
        case (.changesRequested, .comment): .changesRequested
        case (.submitted, .requestChanges): .changesRequested
        case (.submitted, .publish): .published
        case (.submitted, .reject): .rejected
        case (.published, .reopen), (.rejected, .reopen): .draft
        default: nil
        }
    }

    @Test(arguments: State.allCases, Input.allCases)
    func everyCommandInEveryStatusFollowsTheTable(state: State, input: Input) throws {
        var example = try Self.example(in: state)
        #expect(example.status.rawValue == state.rawValue)
        let before = example
        do throws(LearningExampleError) {
            _ = try example.handle(Self.input(input, example))
            #expect(example.status == Self.expected(state, input), "\(state) + \(input) should be refused")
            #expect(example.version == before.version + 1)
        } catch {
            // The agency cannot see a draft that was never submitted, so it is told "not found".
            let code =
                state == .draft && [.comment, .requestChanges, .publish, .reject].contains(input)
                ? "learning.not_found" : "learning.not_allowed"
            #expect(Self.expected(state, input) == nil, "\(state) + \(input) refused: \(error)")
            #expect(error.code == code)
            #expect(example == before)
        }
    }

    @Test func draftToPublishedThroughChangesKeepsEveryRevision() throws {
        var example = try Self.example(in: .changesRequested)
        _ = try example.handle(Self.command(.edit(Self.content("Version två")), Self.owner, example))
        let effects = try example.handle(Self.command(.submit, Self.owner, example))
        #expect(effects == [.submittedForReview(revision: 2)])
        _ = try example.handle(Self.command(.publish, NX.agency, example))
        #expect(example.revisions.map(\.number) == [1, 2])
        #expect(example.revisions[0].content.title == "Veckovis produktionsplanering i ortopedin")
        #expect(example.publishedRevision?.content.title == "Version två")
        #expect(example.content(for: .region("25"))?.title == "Version två")
        #expect(example.comments.map(\.text) == ["Lägg till siffror"])
        #expect(example.comments(for: .region("25")).isEmpty)
        #expect(
            example.history.map(\.kind) == [
                .created, .submitted(revision: 1), .changesRequested, .edited, .submitted(revision: 2),
                .published(revision: 2),
            ])
    }

    @Test func readersKeepSeeingThePublishedRevisionWhileTheOwnerRevises() throws {
        var example = try Self.example(in: .published)
        _ = try example.handle(Self.command(.reopen, Self.owner, example))
        _ = try example.handle(Self.command(.edit(Self.content("Uppdaterad")), Self.owner, example))
        _ = try example.handle(Self.command(.submit, Self.owner, example))
        #expect(example.content(for: .region("01"))?.title == "Veckovis produktionsplanering i ortopedin")
        #expect(example.content(for: .agency)?.title == "Uppdaterad")
        #expect(example.content(for: .region("05"))?.title == "Uppdaterad")
        _ = try example.handle(Self.command(.publish, NX.agency, example))
        #expect(example.content(for: .region("01"))?.title == "Uppdaterad")
        #expect(example.publishedRevisionNumber == 2)
    }

    @Test func onlyTheOwnerWritesAndOnlyTheAgencyDecides() throws {
        var draft = try Self.example(in: .draft)
        #expect(
            Self.code(Self.command(.edit(Self.content()), NX.actor("06"), draft), on: &draft) == "learning.not_found")
        #expect(!draft.isVisible(to: .agency) && !draft.isVisible(to: .region("06")))
        var submitted = try Self.example(in: .submitted)
        #expect(Self.code(Self.command(.publish, Self.owner, submitted), on: &submitted) == "learning.not_permitted")
        #expect(
            Self.code(Self.command(.edit(Self.content()), NX.agency, submitted), on: &submitted)
                == "learning.not_permitted")
        #expect(
            Self.code(Self.command(.requestChanges, NX.agency, submitted), on: &submitted) == "learning.missing_comment"
        )
        #expect(Self.code(Self.command(.comment, Self.owner, submitted, comment: "Tack!"), on: &submitted) == nil)
        var published = try Self.example(in: .published)
        #expect(Self.code(Self.command(.reopen, NX.actor("06"), published), on: &published) == "learning.not_permitted")
        #expect(Self.code(Self.command(.reopen, NX.agency, published), on: &published) == "learning.not_permitted")
        #expect(published.isVisible(to: .region("25")))
    }

    /// Runs `command` and returns its error code, or nil when it succeeded.
    static func code(_ command: LearningExampleCommand, on example: inout LearningExample) -> String? {
        do {
            _ = try example.handle(command)
            return nil
        } catch {
            return error.code
        }
    }

    @Test func aStaleVersionIsRefused() throws {
        var example = try Self.example(in: .submitted)
        let stale = LearningExampleCommand(.publish, by: NX.agency, at: NX.time, expectedVersion: example.version - 1)
        #expect(throws: LearningExampleError.staleVersion(id: "L1", expected: 1, current: 2)) {
            _ = try example.handle(stale)
        }
        #expect(example.status == .submitted)
    }

    @Test func submittingNeedsEveryField() throws {
        var example = try LearningExample(
            id: "L2", content: LearningExampleContent(title: "Halvfärdigt", theme: .itSupport, level: .operational),
            createdBy: Self.owner, at: NX.time)
        #expect(throws: LearningExampleError.missingField(.problem)) {
            _ = try example.handle(Self.command(.submit, Self.owner, example))
        }
        #expect(example.status == .draft && example.revisions.isEmpty)
    }

    @Test func onlyARegionCanStartAnExample() {
        #expect(throws: LearningExampleError.unknownRegion("agency")) {
            _ = try LearningExample(id: "L", content: Self.content(), createdBy: NX.agency, at: NX.time)
        }
        #expect(throws: LearningExampleError.missingID) {
            _ = try LearningExample(id: " ", content: Self.content(), createdBy: Self.owner, at: NX.time)
        }
    }
}
