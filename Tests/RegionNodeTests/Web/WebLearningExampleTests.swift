import Credentials
import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing
import WireProtocol

/// The downloaded learning examples and the sync status, through the real router: the pages "Lärande exempel"
/// and "Synkronisering", and the JSON API, all behind the login.
@Suite("Web UI and API: learning examples and sync status", .serialized)
struct WebLearningExampleTests {
    static let example = PublishedExample(
        exampleID: "le-ortopedi", revision: 2, regionCode: "06", theme: "realisticPlanning",
        title: "Veckovis uppföljning <i>kortade</i> köerna", summary: "Produktionen låg under plan.",
        body: "## Problem\n\nProduktionen låg under plan.", publishedOn: "2026-12-09", level: "tactical",
        problem: "Produktionen låg under plan flera veckor.\n\nIngen såg det i tid.",
        whatWasDone: "Varje måndag går chefen igenom utfall mot plan.", results: "Väntetiderna kortades.")

    /// A workspace whose node has downloaded `example` and logs in as the analyst "ada".
    static func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.importFiles(tinyMasterData())
        try workspace.addWebUser("ada", .analyst)
        let change = Change(sequence: 1, key: example.naturalKey, payload: try CanonicalJSON.jsonValue(example))
        try workspace.store.applyFeed(
            ChangeFeed(
                stream: .publishedExamples, epoch: "e1", after: 0, changes: [change], nextCursor: 1, hasMore: false),
            newCursor: DownloadCursor(epoch: "e1", sequence: 1), replaceAll: false, at: fixedNow())
        return workspace
    }

    @Test func theListAndTheDetailPageShowTheDownloadedExampleInSwedish() async throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "ada", store: workspace.store)
            try await client.execute(uri: "/larande-exempel", method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                try checkSwedishPage(html, "/larande-exempel")
                #expect(html.contains("Veckovis uppföljning &lt;i&gt;kortade&lt;/i&gt; köerna"))
                #expect(!html.contains("<i>kortade</i>"))
                #expect(html.contains(LearningTheme.realisticPlanning.swedishName))
                #expect(html.contains("taktisk nivå"))
                #expect(html.contains("Region Jönköpings län"))
                #expect(html.contains("2026-12-09"))
                #expect(html.contains("href=\"/larande-exempel/le-ortopedi\""))
                #expect(html.contains("href=\"/synk\""))
            }
            try await client.execute(uri: "/larande-exempel?sok=saknas", method: .get, headers: browser.headers) {
                response in
                #expect(String(buffer: response.body).contains("Inga exempel matchar sökningen."))
            }
            try await client.execute(uri: "/larande-exempel/le-ortopedi", method: .get, headers: browser.headers) {
                response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                try checkSwedishPage(html, "/larande-exempel/le-ortopedi")
                for heading in ["Problem", "Vad gjordes", "Resultat"] { #expect(html.contains("<h2>\(heading)</h2>")) }
                #expect(html.contains("<p>Ingen såg det i tid.</p>"))
                #expect(html.contains("Varje måndag går chefen igenom utfall mot plan."))
                #expect(html.contains("Väntetiderna kortades."))
                #expect(html.contains("9 december 2026"))
            }
            try await client.execute(uri: "/larande-exempel/finns-inte", method: .get, headers: browser.headers) {
                response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func thePagesNeedALogin() async throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try await webApplication(workspace).test(.router) { client in
            for path in ["/larande-exempel", "/larande-exempel/le-ortopedi", "/synk"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .seeOther, "\(path)")
                    #expect(response.headers[.location]?.hasPrefix("/logga-in") == true, "\(path)")
                }
            }
            for path in ["/api/v1/learning-examples", "/api/v1/learning-examples/le-ortopedi"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(path)")
                }
            }
        }
    }

    @Test func theSyncPageShowsEveryWiredStream() async throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "ada", store: workspace.store)
            try await client.execute(uri: "/synk", method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                try checkSwedishPage(html, "/synk")
                for name in ["Indikatorer", "Indikatorkatalog", "Lärande exempel", "Nationella jämförelser"] {
                    #expect(html.contains("scope=\"row\">\(name)</th>"), "\(name)")
                }
                #expect(html.contains("Till hubben"))
                #expect(html.contains("Från hubben"))
                #expect(html.contains("1 (epok e1)"))
                #expect(html.contains("Inga poster har avvisats."))
            }
        }
        let report = try SyncStatusReport.read(from: workspace.store)
        #expect(
            report.streams.map(\.stream) == [
                "indicators", "self-assessments", "learning-examples", "exchange-messages", "delivery-follow-ups",
                "definitions", "published-examples", "national-comparisons", "exchange-state",
            ])
        #expect(report.publishedExamples == 1)
    }

    @Test func theAPIListsFiltersAndReturnsExamples() async throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let token = try workspace.store.issueAPIToken(username: "ada", label: "test", at: fixedNow()).secret
        let headers: HTTPFields = [.authorization: "Bearer \(token)"]
        try await webApplication(workspace).test(.router) { client in
            try await client.execute(uri: "/api/v1/learning-examples", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                let body = try jsonObject(response.body)
                let examples = try #require(body["examples"] as? [[String: Any]])
                #expect(examples.count == 1)
                #expect(examples.first?["id"] as? String == "le-ortopedi")
                #expect(examples.first?["themeName"] as? String == LearningTheme.realisticPlanning.swedishName)
                #expect(examples.first?["regionName"] as? String == "Region Jönköpings län")
            }
            try await client.execute(
                uri: "/api/v1/learning-examples?theme=itSupport", method: .get, headers: headers
            ) { response in
                let body = try jsonObject(response.body)
                #expect((body["examples"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: "/api/v1/learning-examples/le-ortopedi", method: .get, headers: headers) {
                response in
                #expect(response.status == .ok)
                let body = try jsonObject(response.body)
                #expect(body["results"] as? String == "Väntetiderna kortades.")
                #expect((body["example"] as? [String: Any])?["revision"] as? Int == 2)
            }
            try await client.execute(uri: "/api/v1/learning-examples/finns-inte", method: .get, headers: headers) {
                response in
                #expect(response.status == .notFound)
            }
        }
    }
}

/// A JSON object from a response body.
private func jsonObject(_ buffer: ByteBuffer) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(String(buffer: buffer).utf8)) as? [String: Any] ?? [:]
}
