import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

/// Login, sessions, redirects and CSRF on the web UI, through the real router.
@Suite("Web UI: login and forms", .serialized)
struct WebLoginTests {
    @Test func aWrongPasswordIsRefusedAndTheRightOneSetsASecureCookieAndRedirects() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try workspace.addWebUser("ada", .analyst)
        try await webApplication(workspace).test(.router) { client in
            try await client.execute(
                uri: "/logga-in", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: formBody([("anvandarnamn", "ada"), ("losenord", "fel-lösenord"), ("next", "/planer")])
            ) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.setCookie] == nil)
                let html = String(buffer: response.body)
                #expect(html.contains("Fel användarnamn eller lösenord"))
                try checkSwedishPage(html, "failed login")
            }
            try await client.execute(
                uri: "/logga-in", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: formBody([("anvandarnamn", "ada"), ("losenord", webPassword), ("next", "/planer?x=1")])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/planer?x=1")
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.hasPrefix("balans_session="))
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Lax"))
                #expect(cookie.contains("Path=/"))
                #expect(!cookie.contains("Secure"))
            }
        }
    }

    @Test func aPageWithoutASessionRedirectsToTheLoginWithTheWayBack() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try await webApplication(workspace).test(.router) { client in
            try await client.execute(uri: "/planeringsobjekt?enhet=ORT", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/logga-in?next=/planeringsobjekt%3Fenhet%3DORT")
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/logga-in") == true)
            }
            try await client.execute(uri: "/logga-in?next=/planer", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("value=\"/planer\""))
                try checkSwedishPage(html, "login")
            }
            // The JSON API still answers 401, never a redirect.
            try await client.execute(uri: "/api/v1/status", method: .get) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func theLoginNeverRedirectsToAnotherSite() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try workspace.addWebUser("ada", .analyst)
        try await webApplication(workspace).test(.router) { client in
            for next in ["//evil.example/x", "https://evil.example/", "/\\evil.example", "planer", "/\u{0A}x"] {
                try await client.execute(
                    uri: "/logga-in", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: formBody([("anvandarnamn", "ada"), ("losenord", webPassword), ("next", next)])
                ) { response in
                    #expect(response.headers[.location] == "/", "next \(next)")
                }
            }
        }
    }

    @Test func aFormPostWithoutTheSessionsCSRFTokenIsRefused() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try workspace.addWebUser("ada", .analyst)
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "ada", store: workspace.store)
            for token in [nil, "", String(repeating: "0", count: 64)] {
                let pairs = token.map { [("csrf_token", $0)] } ?? []
                try await client.execute(
                    uri: "/logga-ut", method: .post, headers: browser.formHeaders, body: formBody(pairs)
                ) { response in
                    #expect(response.status == .forbidden)
                    let html = String(buffer: response.body)
                    #expect(html.contains("säkerhetskod"))
                    try checkSwedishPage(html, "csrf refusal")
                }
            }
            // Still logged in: the refused posts changed nothing.
            try await client.execute(uri: "/", method: .get, headers: browser.headers) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/logga-ut", method: .post, headers: browser.formHeaders,
                body: formBody([("csrf_token", browser.csrf)])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.setCookie]?.contains("Max-Age=0") == true)
            }
            try await client.execute(uri: "/", method: .get, headers: browser.headers) {
                #expect($0.status == .seeOther)
            }
        }
    }

    @Test func withoutAuthenticationPagesWorkAsTheLocalAnalyst() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try await webApplication(workspace, authentication: .disabled, synthetic: true).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("Lokal analytiker"))
                #expect(html.contains("Syntetiska data"))
                #expect(html.contains("href=\"/uppfoljning\""))
                try checkSwedishPage(html, "local start page")
            }
            // The local mode still protects its forms from other sites.
            try await client.execute(
                uri: "/planer", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: formBody([("enhet", "ORT"), ("namn", "X"), ("namn_anvandare", "eva")])
            ) { #expect($0.status == .forbidden) }
        }
    }

    @Test func theStylesheetIsServedWithLongCaching() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await webApplication(workspace).test(.router) { client in
            try await client.execute(uri: "/static/balans-1.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/css") == true)
                #expect(response.headers[.cacheControl]?.contains("max-age=31536000") == true)
                #expect(!String(buffer: response.body).isEmpty)
            }
            try await client.execute(uri: "/static/annan.css", method: .get) { #expect($0.status == .notFound) }
        }
    }
}
