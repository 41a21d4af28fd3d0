import Foundation
import Hub
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import Testing

/// Learning examples over HTTP: the review workflow, visibility between tenants, Swedish full-text search and
/// attachments.
@Suite("Learning examples")
struct LearningExampleTests {
    let fixture: HubFixture
    let author: String
    let other: String
    let curator: String

    init() throws {
        fixture = try HubFixture()
        author = try fixture.token("05", .regionUser)
        other = try fixture.token("06", .regionUser)
        curator = try fixture.token("agency", .agencyCurator)
    }

    static let content = #"""
        {"title":"Kortare väntetider i ortopedin","theme":"realisticPlanning","level":"tactical",
        "problem":"Långa väntetider för höftprotes.","whatWasDone":"Veckovis balansering av operationskapacitet.",
        "results":"Andelen inom 90 dagar ökade från 60 till 85 procent.","contactRole":"Produktionsstrateg",
        "indicatorIDs":["share-treated-within-90"],"attachments":[]}
        """#

    func create(_ client: some TestClientProtocol, id: String) async throws {
        let response = try await client.call(
            .post, "/api/v1/examples", token: author, json: #"{"id":"\#(id)","content":\#(Self.content)}"#)
        #expect(response.status == .created)
    }

    func command(_ client: some TestClientProtocol, _ path: String, token: String, version: Int, comment: String = "")
        async throws -> TestResponse
    {
        try await client.call(
            .post, "/api/v1/examples/\(path)", token: token,
            json: #"{"expectedVersion":\#(version),"comment":"\#(comment)"}"#)
    }

    func searchIDs(_ client: some TestClientProtocol, _ query: String, token: String) async throws -> [String] {
        let encoded =
            query.addingPercentEncoding(
                withAllowedCharacters: CharacterSet(
                    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")) ?? query
        let response = try await client.call(.get, "/api/v1/examples?q=\(encoded)", token: token)
        let examples = try jsonObject(response.body)["examples"] as? [[String: Any]] ?? []
        return examples.compactMap { $0["id"] as? String }
    }

    @Test func anExampleGoesThroughReviewAndIsThenFoundBySwedishSearchFromAnotherRegion() async throws {
        try await fixture.application.test(.router) { client in
            try await create(client, id: "le-1")
            #expect(try await searchIDs(client, "väntetider", token: other).isEmpty)
            #expect(try await command(client, "le-1/submit", token: author, version: 1).status == .ok)
            let returned = try await command(
                client, "le-1/request-changes", token: curator, version: 2, comment: "Lägg till siffror per vecka.")
            #expect(returned.status == .ok)
            #expect(try await command(client, "le-1/submit", token: author, version: 3).status == .ok)
            // A stale version is refused and changes nothing.
            #expect(try await command(client, "le-1/publish", token: curator, version: 3).status == .conflict)
            #expect(try await searchIDs(client, "väntetider", token: other).isEmpty)
            #expect(try await command(client, "le-1/publish", token: curator, version: 4).status == .ok)
            #expect(try await searchIDs(client, "väntetider", token: other) == ["le-1"])
            #expect(try await searchIDs(client, "VÄNTETID", token: other) == ["le-1"])
            #expect(try await searchIDs(client, "vantetider", token: other).isEmpty)
            let read = try await client.call(.get, "/api/v1/examples/le-1", token: other)
            #expect(read.status == .ok)
            let body = try jsonObject(read.body)
            #expect((body["content"] as? [String: Any])?["title"] as? String == "Kortare väntetider i ortopedin")
            #expect((body["comments"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func anotherRegionCannotReadEditOrSubmitADraft() async throws {
        try await fixture.application.test(.router) { client in
            try await create(client, id: "le-2")
            #expect(try await client.call(.get, "/api/v1/examples/le-2", token: other).status == .notFound)
            // The agency sees a draft only once it is submitted.
            #expect(try await client.call(.get, "/api/v1/examples/le-2", token: curator).status == .notFound)
            let edit = try await client.call(
                .put, "/api/v1/examples/le-2", token: other, json: #"{"expectedVersion":1,"content":\#(Self.content)}"#)
            #expect(edit.status == .notFound)
            #expect(try await command(client, "le-2/submit", token: other, version: 1).status == .notFound)
            let mine = try await client.call(.get, "/api/v1/examples/mine", token: other)
            #expect((try jsonObject(mine.body)["examples"] as? [Any])?.isEmpty == true)
            let own = try await client.call(.get, "/api/v1/examples/le-2", token: author)
            #expect(try jsonObject(own.body)["version"] as? Int == 1)
        }
    }

    @Test func aRegionCannotPublishItsOwnExample() async throws {
        try await fixture.application.test(.router) { client in
            try await create(client, id: "le-3")
            #expect(try await command(client, "le-3/submit", token: author, version: 1).status == .ok)
            #expect(try await command(client, "le-3/publish", token: author, version: 2).status == .forbidden)
        }
    }

    @Test func attachmentsAreServedAsDownloadsToThoseWhoMayReadThem() async throws {
        try await fixture.application.test(.router) { client in
            try await create(client, id: "le-4")
            let upload = try await client.execute(
                uri: "/api/v1/examples/le-4/attachments?name=mall%20%C3%A5r.html&expectedVersion=1", method: .post,
                headers: [.authorization: "Bearer \(author)", .contentType: "text/html"],
                body: ByteBuffer(string: "<script>alert(1)</script>"))
            #expect(upload.status == .ok)
            let download = try await client.call(
                .get, "/api/v1/examples/le-4/attachments/mall%20%C3%A5r.html", token: author)
            #expect(download.status == .ok)
            #expect(download.headers[.contentType] == "application/octet-stream")
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(String(buffer: download.body) == "<script>alert(1)</script>")
            let foreign = try await client.call(
                .get, "/api/v1/examples/le-4/attachments/mall%20%C3%A5r.html", token: other)
            #expect(foreign.status == .notFound)
        }
    }

    @Test func aPersonnummerInAnExampleIsRefused() async throws {
        let content = Self.content.replacingOccurrences(of: "Produktionsstrateg", with: "Anna 19121212-1212")
        try await fixture.application.test(.router) { client in
            let response = try await client.call(
                .post, "/api/v1/examples", token: author, json: #"{"id":"le-5","content":\#(content)}"#)
            #expect(response.status == .unprocessableContent)
            #expect(try await client.call(.get, "/api/v1/examples/le-5", token: author).status == .notFound)
        }
    }

    @Test func onlyTheAgencyRecordsMeetingsAndEveryoneReadsThem() async throws {
        let body = #"{"date":"2026-11-20","title":"Nätverksträff om kapacitet","themes":["capacityDefinition"]}"#
        try await fixture.application.test(.router) { client in
            #expect(try await client.call(.post, "/api/v1/meetings", token: author, json: body).status == .forbidden)
            #expect(try await client.call(.post, "/api/v1/meetings", token: curator, json: body).status == .created)
            let list = try await client.call(.get, "/api/v1/meetings", token: other)
            #expect((try jsonObject(list.body)["meetings"] as? [Any])?.count == 1)
        }
    }
}
