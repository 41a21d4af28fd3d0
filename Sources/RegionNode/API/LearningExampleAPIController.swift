import Foundation
import Hummingbird
import NodeStore
import ServerSupport
import WireProtocol

/// `GET /api/v1/learning-examples` and `GET /api/v1/learning-examples/{id}`: the published learning examples the
/// node has downloaded from the hub. `/api/v1/own-learning-examples` (list, create; `{id}` read, replace the
/// draft; `{id}/submit` send it to the agency): the region's own examples (``LearningExampleService``). Any logged-in user reads them (they are the network's shared, published
/// knowledge, not region data, so there is no unit scope); without authentication the node's local mode applies.
struct LearningExampleAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore
    var now: @Sendable () -> Date = { Date() }

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("learning-examples") { request, context -> LearningExampleAPI.ExampleList in
            _ = try context.requireUser()
            let query = request.uri.queryParameters
            let theme = query["theme"].map(String.init)
            let search = query["q"].map(String.init) ?? ""
            return try await BlockingWork.run { [store] in
                let examples = try store.publishedExamples().filter { example in
                    (theme == nil || example.theme == theme)
                        && PublishedExampleLabels.matches(example, search: search)
                }
                return LearningExampleAPI.ExampleList(examples: examples.map(LearningExampleAPI.Summary.init))
            }
        }
        group.get("learning-examples/:id") { _, context -> LearningExampleAPI.Example in
            _ = try context.requireUser()
            let id = try context.parameters.require("id")
            guard let example = try await BlockingWork.run({ [store] in try store.publishedExample(id: id) }) else {
                throw APIError.notFound(
                    "Det lärande exemplet \"\(id)\" finns inte på noden (inte publicerat, tillbakadraget eller inte "
                        + "hämtat från hubben än).")
            }
            return LearningExampleAPI.Example(example)
        }
        addOwnRoutes(to: group)
    }

    private func addOwnRoutes(to group: RouterGroup<Context>) {
        let service = LearningExampleService(store: store, now: now)
        group.get("own-learning-examples") { _, context -> LearningExampleAPI.OwnList in
            _ = try context.requireUser()
            return try await BlockingWork.run {
                LearningExampleAPI.OwnList(examples: try service.list().map { LearningExampleAPI.Own($0) })
            }
        }
        group.post("own-learning-examples") { request, context -> EditedResponse<LearningExampleAPI.Own> in
            let user = try context.requireUser()
            let input = try await request.decode(as: LearningExampleInput.self, context: context)
            let created = try await BlockingWork.run { try service.create(input, by: user) }
            return EditedResponse(status: .created, response: LearningExampleAPI.Own(created))
        }
        group.get("own-learning-examples/:id") { _, context -> LearningExampleAPI.Own in
            _ = try context.requireUser()
            let id = try context.parameters.require("id")
            return try await BlockingWork.run { LearningExampleAPI.Own(try service.get(id)) }
        }
        group.put("own-learning-examples/:id") { request, context -> LearningExampleAPI.Own in
            let user = try context.requireUser()
            let id = try context.parameters.require("id")
            let input = try await request.decode(as: LearningExampleInput.self, context: context)
            return try await BlockingWork.run { LearningExampleAPI.Own(try service.update(id, input, by: user)) }
        }
        group.post("own-learning-examples/:id/submit") { _, context -> LearningExampleAPI.Own in
            let user = try context.requireUser()
            let id = try context.parameters.require("id")
            return try await BlockingWork.run { LearningExampleAPI.Own(try service.submit(id, by: user)) }
        }
    }
}

/// JSON shapes of the learning-example endpoints (v1): the payload's codes plus their Swedish labels.
enum LearningExampleAPI {
    /// `GET /own-learning-examples`.
    struct OwnList: Codable, Sendable, ResponseEncodable {
        var examples: [Own]
    }

    /// One own example: the draft, every revision sent and where it is, the published revision if it came back.
    struct Own: Codable, Sendable, ResponseEncodable {
        /// One sent revision.
        struct Revision: Codable, Sendable {
            var revision: Int
            var submittedAt: Date
            /// `awaitingRegion`, `pending`, `delivered` or `rejected`.
            var state: String
            /// The state in Swedish, with the hub's reason for a refusal.
            var stateText: String
        }

        var id: String
        var draft: LearningExampleInput
        var hasUnsentChanges: Bool
        var updatedAt: Date
        var revisions: [Revision]
        var publishedRevision: Int?

        init(_ overview: LearningExampleService.Overview) {
            id = overview.example.id
            draft = LearningExampleInput(overview.example.draft)
            hasUnsentChanges = overview.example.hasUnsentChanges
            updatedAt = overview.example.updatedAt
            revisions = overview.example.submissions.map { submission in
                let state = overview.states[submission.revision] ?? .awaitingRegion
                return Revision(
                    revision: submission.revision, submittedAt: submission.submittedAt,
                    state: LearningExampleLabels.code(state), stateText: LearningExampleLabels.text(state))
            }
            publishedRevision = overview.published?.revision
        }
    }

    /// `GET /learning-examples`.
    struct ExampleList: Codable, Sendable, ResponseEncodable {
        var examples: [Summary]
    }

    /// One example in the list.
    struct Summary: Codable, Sendable {
        var id: String
        var revision: Int
        var title: String
        var theme: String
        var themeName: String
        var level: String?
        var levelName: String
        var regionCode: String
        var regionName: String
        var publishedOn: String
        var summary: String

        init(_ example: PublishedExample) {
            id = example.exampleID
            revision = example.revision
            title = example.title
            theme = example.theme
            themeName = PublishedExampleLabels.theme(example.theme)
            level = example.level
            levelName = PublishedExampleLabels.level(example.level)
            regionCode = example.regionCode
            regionName = PublishedExampleLabels.region(example.regionCode)
            publishedOn = example.publishedOn
            summary = example.summary
        }
    }

    /// `GET /learning-examples/{id}`: the summary fields plus the texts.
    struct Example: Codable, Sendable, ResponseEncodable {
        var example: Summary
        var problem: String?
        var whatWasDone: String?
        var results: String?
        var body: String

        init(_ example: PublishedExample) {
            self.example = Summary(example)
            problem = example.problem
            whatWasDone = example.whatWasDone
            results = example.results
            body = example.body
        }
    }
}
