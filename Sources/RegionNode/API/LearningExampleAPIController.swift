import Foundation
import Hummingbird
import NodeStore
import ServerSupport
import WireProtocol

/// `GET /api/v1/learning-examples` and `GET /api/v1/learning-examples/{id}`: the published learning examples the
/// node has downloaded from the hub. Any logged-in user reads them (they are the network's shared, published
/// knowledge, not region data, so there is no unit scope); without authentication the node's local mode applies.
struct LearningExampleAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore

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
    }
}

/// JSON shapes of the learning-example endpoints (v1): the payload's codes plus their Swedish labels.
enum LearningExampleAPI {
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
