import Credentials
import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

/// Authentication and scope on the node's API: tokens, roles and a manager's part of the tree.
@Suite("Node authentication", .serialized)
struct NodeAuthTests {
    func application(_ workspace: Workspace) -> some ApplicationProtocol {
        buildNodeApplication(configuration: NodeServerConfiguration(port: 0), store: workspace.store, now: fixedNow)
    }

    func addUser(_ workspace: Workspace, _ name: String, _ role: NodeRole, unit: String? = nil) throws -> String {
        try workspace.store.addUser(
            NodeUser(username: name, displayName: name.capitalized, role: role, unitCode: unit),
            password: "ett-långt-lösenord", rounds: 1_000, at: fixedNow())
        return try workspace.store.issueAPIToken(username: name, label: "test", at: fixedNow()).secret
    }

    @Test func theAPIRefusesAnonymousAndUnknownTokensAndAcceptsAValidOne() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        let token = try addUser(workspace, "ada", .analyst)
        try await application(workspace).test(.router) { client in
            try await client.execute(uri: "/api/v1/status", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(
                uri: "/api/v1/status", method: .get, headers: [.authorization: "Bearer blns_wrong"]
            ) { #expect($0.status == .unauthorized) }
            try await client.execute(
                uri: "/api/v1/status", method: .get, headers: [.authorization: "Bearer \(token)"]
            ) { #expect($0.status == .ok) }
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test func aManagerCannotImportNorRunForecasts() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        let unit = try #require(try workspace.store.masterData().units.first { $0.level == .region }?.code)
        let token = try addUser(workspace, "bo", .tactical, unit: unit)
        try await application(workspace).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/forecast-runs", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                body: ByteBuffer(string: "{}")
            ) { #expect($0.status == .forbidden) }
            try await client.execute(
                uri: "/api/v1/imports?file=inflode.csv", method: .post, headers: [.authorization: "Bearer \(token)"],
                body: ByteBuffer(string: "x")
            ) { #expect($0.status == .forbidden) }
        }
    }

    @Test func aRevokedTokenStopsWorking() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        let token = try addUser(workspace, "ada", .analyst)
        let fingerprint = AccessToken(secret: token).fingerprint
        #expect(try workspace.store.revokeAPIToken(fingerprint: fingerprint, at: fixedNow()) == 1)
        try await application(workspace).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/status", method: .get, headers: [.authorization: "Bearer \(token)"]
            ) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func sessionsOpenWithTheRightPasswordOnlyAndCarryACSRFToken() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        _ = try addUser(workspace, "ada", .analyst)
        #expect(try workspace.store.logIn(username: "ada", password: "fel", at: fixedNow()) == nil)
        let opened = try #require(
            try workspace.store.logIn(username: "ada", password: "ett-långt-lösenord", at: fixedNow()))
        let session = try #require(try workspace.store.session(for: opened.secret, at: fixedNow()))
        #expect(session.user.username == "ada")
        #expect(session.csrfToken.count == 64)
        #expect(try workspace.store.session(for: opened.secret, at: fixedNow().addingTimeInterval(9 * 3600)) == nil)
        try workspace.store.logOut(opened.secret)
        #expect(try workspace.store.session(for: opened.secret, at: fixedNow()) == nil)
    }

    @Test func aManagerNeedsAUnitAndAnAnalystMustNotHaveOne() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        #expect(throws: NodeUserError.self) {
            try workspace.store.addUser(
                NodeUser(username: "x", displayName: "X", role: .tactical, unitCode: nil),
                password: "ett-långt-lösenord",
                rounds: 1_000, at: fixedNow())
        }
        #expect(throws: NodeUserError.self) {
            try workspace.store.addUser(
                NodeUser(username: "y", displayName: "Y", role: .tactical, unitCode: "NOPE"),
                password: "ett-långt-lösenord", rounds: 1_000, at: fixedNow())
        }
    }
}
