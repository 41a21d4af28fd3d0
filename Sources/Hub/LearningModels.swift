import Foundation
import HubStore
import Hummingbird
import PlanningDomain

/// One learning example as the caller may see it (GET /api/v1/examples/{id}): the owner its working draft, the
/// agency the latest revision, every other tenant the published revision — and the review comments only for the
/// owner and the agency.
struct ExampleResponse: ResponseEncodable {
    var id: String
    var owner: String
    var ownerName: String
    /// The review status and version; nil for readers who see only the published revision.
    var status: String?
    var version: Int?
    var publishedRevision: Int?
    var revisions: [Int]?
    var content: LearningExampleContent?
    var comments: [Comment]

    struct Comment: Codable {
        var author: String
        var tenant: String
        var timestamp: String
        var text: String
        var revision: Int?
    }

    init(_ example: LearningExample, for identity: HubIdentity) {
        let tenant = identity.networkTenant
        let isReviewer = tenant == .region(example.owner) || tenant == .agency
        id = example.id
        owner = example.owner
        ownerName = SwedishRegion.withCode(example.owner)?.name ?? example.owner
        status = isReviewer ? example.status.rawValue : nil
        version = isReviewer ? example.version : nil
        publishedRevision = example.publishedRevisionNumber
        revisions = isReviewer ? example.revisions.map(\.number) : nil
        content = example.content(for: tenant)
        comments = example.comments(for: tenant).map {
            Comment(
                author: $0.author.userID, tenant: $0.author.tenant.description, timestamp: $0.timestamp, text: $0.text,
                revision: $0.revision)
        }
    }
}

/// A list of examples.
struct ExampleList: ResponseEncodable {
    var examples: [LearningExampleSummary]
}

/// Body of `POST examples`.
struct CreateExampleRequest: Decodable {
    var id: String?
    var content: LearningExampleContent
}

/// Body of `PUT examples/{id}`.
struct EditExampleRequest: Decodable {
    var expectedVersion: Int
    var content: LearningExampleContent
}

/// Body of the review commands (`submit`, `comments`, `request-changes`, `publish`, `reject`, `reopen`).
struct ExampleCommandRequest: Decodable {
    var expectedVersion: Int
    var comment: String?
}

/// Body of `POST meetings`.
struct RecordMeetingRequest: Decodable {
    var id: String?
    var date: CivilDate
    var title: String
    var themes: [LearningTheme]
    var notes: String?
}

/// The list of meetings.
struct MeetingList: ResponseEncodable {
    var meetings: [NetworkMeeting]
}
