import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

/// The acceptance walk through the follow-up pages: a tactical manager finds the three objects furthest
/// behind plan, reads their SPC charts, comments a deviation and downloads a table as Excel.
@Suite("Web follow-up", .serialized)
struct WebFollowUpTests {
    @Test func aTacticalManagerFindsTheObjectsBehindReadsSPCCommentsAndExports() async throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        let service = FollowUpService(store: workspace.store, now: fixedNow)
        try service.runRound(week: ISOWeek(year: 2025, week: 44)!, actor: "ada")
        let root = try #require(try workspace.store.masterData().units.first { $0.level == .region }?.code)
        try workspace.addWebUser("tore", .tactical, unit: root)
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "tore", store: workspace.store)
            let overview = try await client.execute(uri: "/uppfoljning", method: .get, headers: browser.headers) {
                response in
                #expect(response.status == .ok)
                return String(buffer: response.body)
            }
            try checkSwedishPage(overview, "/uppfoljning")
            #expect(overview.contains("Mest efter plan"))
            let section = try #require(overview.range(of: "De tre planeringsobjekt som ligger mest efter plan"))
            let links = overview[section.upperBound...].components(separatedBy: "href=\"/uppfoljning/").dropFirst()
                .prefix(3).map { String($0.prefix { $0 != "\"" }) }
            #expect(links.count == 3)
            for code in links {
                try await client.execute(uri: "/uppfoljning/\(code)", method: .get, headers: browser.headers) {
                    response in
                    #expect(response.status == .ok)
                    let html = String(buffer: response.body)
                    try checkSwedishPage(html, "/uppfoljning/\(code)")
                    #expect(html.contains("role=\"img\""))
                    #expect(html.contains("styrgränser"))
                }
            }
            let register = try service.register()
            let id = try #require(register.items.values.filter { $0.status == .open }.map(\.id).sorted().first)
            try await client.execute(
                uri: "/avvikelser/\(id)/kommentar", method: .post, headers: browser.formHeaders,
                body: formBody([
                    ("csrf_token", browser.csrf), ("orsak", "Sjukfrånvaro"), ("atgard", "Extra pass"),
                    ("ansvarig", "Verksamhetschef"),
                ])
            ) { #expect($0.status == .seeOther) }
            #expect(try service.register().items[id]?.comments.first?.author == "tore")
            try await client.execute(
                uri: "/avvikelser/\(id)/kommentar", method: .post, headers: browser.formHeaders,
                body: formBody([("orsak", "x"), ("atgard", "y"), ("ansvarig", "z")])
            ) { #expect($0.status == .forbidden) }
            try await client.execute(
                uri: "/uppfoljning?format=xlsx&tabell=mest-efter", method: .get, headers: browser.headers
            ) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            }
        }
    }
}
