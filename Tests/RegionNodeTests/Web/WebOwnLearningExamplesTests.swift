import Credentials
import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import SyncEngine
import Testing
import WireProtocol

/// "Egna lärande exempel": write a draft, save it, send it to the agency as revision 1 and 2, through the real
/// router (forms with CSRF tokens) and the JSON API; who may write; what the page says about each revision.
@Suite("Web UI and API: own learning examples", .serialized)
struct WebOwnLearningExamplesTests {
    static let fields: [(String, String)] = [
        ("title", "Veckovis balansering i ortopedin"), ("theme", "realisticPlanning"), ("level", "tactical"),
        ("problem", "Köerna växte trots överkapacitet på papperet."),
        ("whatWasDone", "Vi balanserade behov och kapacitet varje vecka."), ("results", "Kön halverades."),
        ("contactRole", "produktionsstrateg"),
    ]

    static func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.importFiles(tinyMasterData())
        try workspace.addWebUser("ada", .analyst)
        try workspace.addWebUser("olle", .operational, unit: "ORT")
        try workspace.store.bindRegion("09", at: fixedNow())
        return workspace
    }

    @Test func aDraftIsSavedThenSentAsRevisionOneAndAfterChangesAsRevisionTwo() async throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "ada", store: workspace.store)
            // Without the CSRF token nothing is created.
            try await client.execute(
                uri: "/egna-exempel", method: .post, headers: browser.formHeaders, body: formBody(Self.fields)
            ) { response in #expect(response.status == .forbidden) }
            #expect(try workspace.store.learningExamples().isEmpty)

            let location = try await client.execute(
                uri: "/egna-exempel", method: .post, headers: browser.formHeaders,
                body: formBody([("csrf_token", browser.csrf)] + Self.fields)
            ) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.location])
            }
            let example = try #require(try workspace.store.learningExamples().first)
            #expect(location == "/egna-exempel/\(example.id)?sparad=1")
            #expect(try workspace.store.outboxSummary(.learningExamples).pendingCount == 0)

            try await client.execute(
                uri: "/egna-exempel/\(example.id)/skicka", method: .post, headers: browser.formHeaders,
                body: formBody([("csrf_token", browser.csrf)])
            ) { response in #expect(response.status == .seeOther) }
            try await client.execute(uri: "/egna-exempel/\(example.id)", method: .get, headers: browser.headers) {
                response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                try checkSwedishPage(html, "/egna-exempel/\(example.id)")
                #expect(html.contains("Skicka till myndigheten"))
                #expect(html.contains("Väntar på synk."))
            }
            // Sending the same text again is refused with a sentence; a changed draft goes as revision 2.
            try await client.execute(
                uri: "/egna-exempel/\(example.id)/skicka", method: .post, headers: browser.formHeaders,
                body: formBody([("csrf_token", browser.csrf)])
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("redan skickad"))
            }
            var changed = Self.fields
            changed[5] = ("results", "Kön halverades på sex månader.")
            try await client.execute(
                uri: "/egna-exempel/\(example.id)", method: .post, headers: browser.formHeaders,
                body: formBody([("csrf_token", browser.csrf)] + changed)
            ) { response in #expect(response.status == .seeOther) }
            try await client.execute(
                uri: "/egna-exempel/\(example.id)/skicka", method: .post, headers: browser.formHeaders,
                body: formBody([("csrf_token", browser.csrf)])
            ) { response in #expect(response.status == .seeOther) }
            #expect(try workspace.store.learningExample(id: example.id)?.submissions.map(\.revision) == [1, 2])
            let keys = try workspace.store.outboxItems(.learningExamples, after: 0, limit: 10).map(\.key.rawValue)
            #expect(keys == ["09/learning-example/\(example.id)/r1", "09/learning-example/\(example.id)/r2"])
        }
    }

    @Test func anIncompleteDraftIsShownAgainWithTheReasonAndAnOperationalManagerOnlyReads() async throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try await webApplication(workspace).test(.router) { client in
            let ada = try await logIn(client, "ada", store: workspace.store)
            try await client.execute(
                uri: "/egna-exempel", method: .post, headers: ada.formHeaders,
                body: formBody([("csrf_token", ada.csrf), ("title", ""), ("theme", "itSupport"), ("level", "tactical")])
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("Titel"))
            }
            let olle = try await logIn(client, "olle", store: workspace.store)
            try await client.execute(uri: "/egna-exempel", method: .get, headers: olle.headers) { response in
                #expect(response.status == .ok)
                #expect(!String(buffer: response.body).contains("Nytt lärande exempel"))
            }
            try await client.execute(
                uri: "/egna-exempel", method: .post, headers: olle.formHeaders,
                body: formBody([("csrf_token", olle.csrf)] + Self.fields)
            ) { response in #expect(response.status == .forbidden) }
            #expect(try workspace.store.learningExamples().isEmpty)
        }
    }

    @Test func theAPICreatesReplacesAndSubmits() async throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let token = try workspace.store.issueAPIToken(username: "ada", label: "test", at: fixedNow()).secret
        let headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        let body = try JSONSerialization.data(
            withJSONObject: Dictionary(uniqueKeysWithValues: Self.fields.map { ($0.0, $0.1) }))
        try await webApplication(workspace).test(.router) { client in
            let id = try await client.execute(
                uri: "/api/v1/own-learning-examples", method: .post, headers: headers, body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .created)
                let json = try #require(
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
                #expect(json["hasUnsentChanges"] as? Bool == true)
                return try #require(json["id"] as? String)
            }
            try await client.execute(
                uri: "/api/v1/own-learning-examples/\(id)/submit", method: .post, headers: headers
            ) { response in
                #expect(response.status == .ok)
                let text = String(buffer: response.body)
                #expect(text.contains("\"state\":\"pending\""))
                #expect(text.contains("\"revision\":1"))
            }
            try await client.execute(
                uri: "/api/v1/own-learning-examples/\(id)", method: .put, headers: headers,
                body: ByteBuffer(
                    string:
                        #"{"title":"T","theme":"okänt","level":"tactical","problem":"","whatWasDone":"","results":"","contactRole":""}"#
                )
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("learning.invalid_theme"))
            }
            try await client.execute(uri: "/api/v1/own-learning-examples/finns-inte", method: .get, headers: headers) {
                response in #expect(response.status == .notFound)
            }
        }
    }
}
