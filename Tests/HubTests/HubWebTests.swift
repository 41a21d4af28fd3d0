import Foundation
import Hub
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import Testing

/// The hub's web UI: login with a secure session cookie, CSRF-checked forms, and pages that render.
@Suite("Hub web UI")
struct HubWebTests {
    let fixture: HubFixture

    init() throws {
        fixture = try HubFixture()
        try fixture.store.ensureUser(
            tenantCode: "05", username: "anna", displayName: "Anna Andersson", role: .regionUser,
            password: "hemligt-lösen", rounds: 1_000, at: fixture.now)
        try fixture.store.ensureUser(
            tenantCode: "agency", username: "kurt", displayName: "Kurt Kurator", role: .agencyCurator,
            password: "hemligt-lösen", rounds: 1_000, at: fixture.now)
    }

    /// Logs in and returns the session cookie ("name=value").
    func login(_ client: some TestClientProtocol, _ username: String) async throws -> String {
        let response = try await client.execute(
            uri: "/logga-in", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "username=\(username)&password=hemligt-l%C3%B6sen"))
        #expect(response.status == .seeOther)
        let setCookie = try #require(response.headers[.setCookie])
        #expect(setCookie.contains("HttpOnly"))
        #expect(setCookie.contains("SameSite=Lax"))
        return String(setCookie.prefix { $0 != ";" })
    }

    func csrfToken(in page: String) throws -> String {
        let marker = #"name="csrf_token" value=""#
        let start = try #require(page.range(of: marker)).upperBound
        return String(page[start...].prefix { $0 != "\"" })
    }

    @Test func aWrongPasswordGivesNoSessionAndPagesNeedALogin() async throws {
        try await fixture.application.test(.router) { client in
            let wrong = try await client.execute(
                uri: "/logga-in", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "username=anna&password=fel"))
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers[.setCookie] == nil)
            let start = try await client.execute(uri: "/", method: .get)
            #expect(start.status == .seeOther)
            #expect(start.headers[.location] == "/logga-in")
        }
    }

    @Test func aFormPostedWithoutTheCSRFTokenIsRefusedAndWithItAccepted() async throws {
        try await fixture.application.test(.router) { client in
            let cookie = try await login(client, "anna")
            let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie])
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("Välkommen, Anna Andersson"))
            let token = try csrfToken(in: html)
            let refused = try await client.execute(
                uri: "/logga-ut", method: .post,
                headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: ""))
            #expect(refused.status == .forbidden)
            let forged = try await client.execute(
                uri: "/logga-ut", method: .post,
                headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "csrf_token=\(String(token.reversed()))"))
            #expect(forged.status == .forbidden)
            // The refused posts changed nothing: the session still works.
            #expect(try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]).status == .ok)
            let accepted = try await client.execute(
                uri: "/logga-ut", method: .post,
                headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "csrf_token=\(token)"))
            #expect(accepted.status == .seeOther)
            #expect(try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]).status == .seeOther)
        }
    }

    @Test func everyPageRendersForARegionUserAndTheCurator() async throws {
        try await fixture.application.test(.router) { client in
            for user in ["anna", "kurt"] {
                let cookie = try await login(client, user)
                for path in [
                    "/", "/jamforelser", "/exempel?q=v%C3%A4ntetider", "/utbyte", "/natverkstraffar", "/sjalvskattning",
                ] {
                    let response = try await client.execute(uri: path, method: .get, headers: [.cookie: cookie])
                    #expect(response.status == .ok, "\(user) \(path)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                    #expect(String(buffer: response.body).contains("<main"))
                }
            }
            let css = try await client.execute(uri: "/static/balans-1.css", method: .get)
            #expect(css.status == .ok)
        }
    }

    @Test func theCuratorPublishesThroughTheReviewForm() async throws {
        let author = try fixture.identity("05", .regionUser)
        let content = LearningExampleContent(
            title: "Väntetider", theme: .realisticPlanning, level: .tactical, problem: "P", whatWasDone: "G",
            results: "R", contactRole: "Strateg")
        _ = try fixture.store.createExample(id: "le-web", content: content, by: author, at: fixture.now)
        try fixture.store.handleExample(id: "le-web", .submit, expectedVersion: 1, by: author, at: fixture.now)
        try await fixture.application.test(.router) { client in
            let cookie = try await login(client, "kurt")
            let page = try await client.execute(uri: "/exempel/le-web", method: .get, headers: [.cookie: cookie])
            let token = try csrfToken(in: String(buffer: page.body))
            let published = try await client.execute(
                uri: "/exempel/le-web/granska?version=2", method: .post,
                headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "csrf_token=\(token)&action=publish&comment="))
            #expect(published.status == .seeOther)
        }
        #expect(try fixture.store.publishedExamples().map(\.id) == ["le-web"])
    }
}
