import Foundation
import HubStore
import Hummingbird
import PlanningDomain
import ServerSupport

/// Learning examples: regions draft, edit and submit; the agency comments, asks for changes, publishes or rejects;
/// every tenant reads and searches the published ones. Each command loads the example, runs the domain's state
/// machine and stores the result in one write transaction (the quoted version guards against concurrent edits).
struct LearningController: Sendable {
    let store: HubStore
    let now: @Sendable () -> Date
    let maximumBodyBytes: Int

    static let regionRoles: Set<HubRole> = [.regionUser, .regionNode]
    static let agencyRoles: Set<HubRole> = [.agencyCurator, .agencyAdmin]

    func addRoutes(to group: RouterGroup<HubRequestContext>) {
        let store = store
        let now = now
        group.get("examples") { request, context -> ExampleList in
            _ = try context.requireIdentity()
            let query = request.uri.queryParameters
            let text = query.get("q")
            let theme = try query.get("theme").map { raw -> LearningTheme in
                guard let theme = LearningTheme(rawValue: raw) else {
                    throw APIError.badRequest(
                        "Okänt tema \"\(raw)\"; välj ett av: \(LearningTheme.allCases.map(\.rawValue).joined(separator: ", "))."
                    )
                }
                return theme
            }
            return ExampleList(
                examples: try await StoreWork.run { try store.publishedExamples(matching: text, theme: theme) })
        }
        group.get("examples/mine") { _, context -> ExampleList in
            let identity = try context.require(Self.regionRoles)
            return ExampleList(examples: try await StoreWork.run { try store.ownExamples(of: identity) })
        }
        group.get("examples/review") { _, context -> ExampleList in
            let identity = try context.require(Self.agencyRoles)
            return ExampleList(examples: try await StoreWork.run { try store.examplesAwaitingReview(by: identity) })
        }
        group.post("examples") { request, context -> EditedResponse<ExampleResponse> in
            let identity = try context.require(Self.regionRoles)
            let body = try await JSONBody.decode(
                CreateExampleRequest.self, from: request, limit: maximumBodyBytes, what: "exemplet")
            let at = now()
            let example = try await StoreWork.run {
                try store.createExample(id: body.id, content: body.content, by: identity, at: at)
            }
            return EditedResponse(status: .created, response: ExampleResponse(example, for: identity))
        }
        group.get("examples/:id") { _, context -> ExampleResponse in
            let identity = try context.requireIdentity()
            let id = try context.pathParameter("id")
            guard let example = try await StoreWork.run({ try store.example(id: id, visibleTo: identity) }) else {
                throw APIError.notFound(
                    "Hittade inget lärande exempel med id \(id) som din organisation har åtkomst till.")
            }
            return ExampleResponse(example, for: identity)
        }
        group.put("examples/:id") { request, context -> ExampleResponse in
            let identity = try context.require(Self.regionRoles)
            let id = try context.pathParameter("id")
            let body = try await JSONBody.decode(
                EditExampleRequest.self, from: request, limit: maximumBodyBytes, what: "exemplet")
            let at = now()
            let example = try await StoreWork.run {
                try store.handleExample(
                    id: id, .edit(body.content), expectedVersion: body.expectedVersion, by: identity, at: at)
            }
            return ExampleResponse(example, for: identity)
        }
        let commands: [(path: String, action: LearningExampleCommand.Action, roles: Set<HubRole>)] = [
            ("submit", .submit, Self.regionRoles), ("reopen", .reopen, Self.regionRoles),
            ("comments", .comment, Self.regionRoles.union(Self.agencyRoles)),
            ("request-changes", .requestChanges, Self.agencyRoles), ("publish", .publish, Self.agencyRoles),
            ("reject", .reject, Self.agencyRoles),
        ]
        for command in commands {
            group.post("examples/:id/\(command.path)") { request, context -> ExampleResponse in
                let identity = try context.require(command.roles)
                let id = try context.pathParameter("id")
                let body = try await JSONBody.decode(
                    ExampleCommandRequest.self, from: request, limit: maximumBodyBytes, what: "kommandot")
                let at = now()
                let example = try await StoreWork.run {
                    try store.handleExample(
                        id: id, command.action, expectedVersion: body.expectedVersion, comment: body.comment ?? "",
                        by: identity, at: at)
                }
                return ExampleResponse(example, for: identity)
            }
        }
        AttachmentRoutes(store: store, now: now, maximumBodyBytes: maximumBodyBytes).addRoutes(to: group)
        group.get("meetings") { _, context -> MeetingList in
            _ = try context.requireIdentity()
            return MeetingList(meetings: try await StoreWork.run { try store.meetings() })
        }
        group.post("meetings") { request, context -> EditedResponse<MeetingList> in
            let identity = try context.require(Self.agencyRoles)
            let body = try await JSONBody.decode(
                RecordMeetingRequest.self, from: request, limit: maximumBodyBytes, what: "nätverksträffen")
            let at = now()
            let meeting = try await StoreWork.run {
                try store.recordMeeting(
                    id: body.id, date: body.date, title: body.title, themes: body.themes, notes: body.notes ?? "",
                    by: identity, at: at)
            }
            return EditedResponse(status: .created, response: MeetingList(meetings: [meeting]))
        }
    }
}
