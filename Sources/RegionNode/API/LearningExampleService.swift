import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport
import WireProtocol

/// The region's own learning examples on the node (pages and API): write a draft, save it, send it to the agency
/// as revision N ("Skicka till myndigheten"; after feedback the next send is N + 1). Each send is stored and written
/// to the `learning-examples` outbox in one transaction; the hub runs it through its review workflow, and once
/// published the example comes back down with the other published examples.
///
/// Every logged-in user reads them; analysts, administrators and strategic or tactical managers write them (the
/// agency's network asks managers and analysts to share what they did). A nil user is the node without
/// authentication.
struct LearningExampleService: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    /// One example with where each sent revision is and the published revision that came back, if any.
    struct Overview: Sendable {
        var example: NodeLearningExample
        var states: [Int: LearningSubmissionState]
        var published: PublishedExample?
    }

    /// Whether `user` may write learning examples.
    static func mayWrite(_ user: NodeUser?) -> Bool {
        guard let user else { return true }
        return user.canEditData || user.role == .strategic || user.role == .tactical
    }

    /// Every own example, most recently changed first.
    func list() throws -> [Overview] {
        try store.learningExamples().map(overview)
    }

    /// Example `id`; 404 when the node has none with that id.
    func get(_ id: String) throws -> Overview {
        guard let example = try store.learningExample(id: id) else { throw Self.notFound(id) }
        return try overview(example)
    }

    /// Starts an example as a draft.
    func create(_ input: LearningExampleInput, by user: NodeUser?) throws -> Overview {
        try Self.requireWriter(user)
        let content = try input.content()
        return try Self.mapped {
            try overview(store.createLearningExample(content: content, by: name(user), at: now()))
        }
    }

    /// Saves the draft of `id`.
    func update(_ id: String, _ input: LearningExampleInput, by user: NodeUser?) throws -> Overview {
        try Self.requireWriter(user)
        let content = try input.content()
        return try Self.mapped {
            try overview(store.updateLearningExample(id: id, content: content, by: name(user), at: now()))
        }
    }

    /// Sends the draft of `id` to the agency as the next revision.
    func submit(_ id: String, by user: NodeUser?) throws -> Overview {
        try Self.requireWriter(user)
        return try Self.mapped { try overview(store.submitLearningExample(id: id, by: name(user), at: now())) }
    }

    private func overview(_ example: NodeLearningExample) throws -> Overview {
        var states: [Int: LearningSubmissionState] = [:]
        for submission in example.submissions {
            states[submission.revision] = try store.learningSubmissionState(
                id: example.id, revision: submission.revision)
        }
        let published = try store.boundRegion().flatMap { region in
            try store.publishedExample(id: "\(region)-\(example.id)")
        }
        return Overview(example: example, states: states, published: published)
    }

    private func name(_ user: NodeUser?) -> String { user?.username ?? "lokal" }

    private static func requireWriter(_ user: NodeUser?) throws {
        guard !mayWrite(user), let user else { return }
        throw APIError(
            .forbidden, code: "auth.forbidden",
            message: "Din roll (\(user.role.swedishLabel)) får inte skriva lärande exempel; be en "
                + "produktionsanalytiker eller en strategisk eller taktisk chef.")
    }

    static func notFound(_ id: String) -> APIError {
        APIError.notFound("Det finns inget eget lärande exempel med id \"\(id)\" på noden.")
    }

    /// The store's and the domain's refusals as the API's errors (Swedish sentences).
    private static func mapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as LearningExampleError {
            throw APIError(.unprocessableContent, code: error.code, message: error.description)
        } catch let error as NetworkWriteError {
            switch error.code {
            case "learning.not_found": throw APIError(.notFound, code: error.code, message: error.message)
            case "learning.unchanged": throw APIError(.conflict, code: error.code, message: error.message)
            default: throw APIError(.unprocessableContent, code: error.code, message: error.message)
            }
        }
    }
}

/// The fields of an own learning example as the form and the API take them (codes for theme and level).
struct LearningExampleInput: Codable, Sendable, Hashable {
    var title: String
    var theme: String
    var level: String
    var problem: String
    var whatWasDone: String
    var results: String
    var contactRole: String

    /// The domain's content; 422 naming the field for an unknown theme or level.
    func content() throws -> LearningExampleContent {
        guard let theme = LearningTheme(rawValue: theme) else {
            throw APIError(
                .unprocessableContent, code: "learning.invalid_theme",
                message: "Temat \"\(self.theme)\" finns inte; välj ett av "
                    + LearningTheme.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        guard let level = PlanningLevel(rawValue: level) else {
            throw APIError(
                .unprocessableContent, code: "learning.invalid_level",
                message: "Nivån \"\(self.level)\" finns inte; välj strategic, tactical eller operational.")
        }
        return LearningExampleContent(
            title: title, theme: theme, level: level, problem: problem, whatWasDone: whatWasDone, results: results,
            contactRole: contactRole)
    }

    /// The input of saved content.
    init(_ content: LearningExampleContent) {
        title = content.title
        theme = content.theme.rawValue
        level = content.level.rawValue
        problem = content.problem
        whatWasDone = content.whatWasDone
        results = content.results
        contactRole = content.contactRole
    }

    init(
        title: String, theme: String, level: String, problem: String, whatWasDone: String, results: String,
        contactRole: String
    ) {
        self.title = title
        self.theme = theme
        self.level = level
        self.problem = problem
        self.whatWasDone = whatWasDone
        self.results = results
        self.contactRole = contactRole
    }
}
