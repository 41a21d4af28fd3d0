import Credentials
import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

@Suite("Follow-up HTTP API", .serialized)
struct FollowUpAPITests {
    func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any] ?? [:]
    }

    func token(_ workspace: Workspace, _ name: String, _ role: NodeRole, unit: String? = nil) throws -> String {
        try workspace.store.addUser(
            NodeUser(username: name, displayName: name, role: role, unitCode: unit), password: "ett-långt-lösenord",
            rounds: 1_000, at: fixedNow())
        return try workspace.store.issueAPIToken(username: name, label: "test", at: fixedNow()).secret
    }

    @Test func overviewChartRoundCommentAndResolveAndAManagerSeesOnlyTheirPart() async throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        let analyst = try token(workspace, "ada", .analyst)
        let units = try workspace.store.masterData().units
        let clinic = try #require(units.first { $0.level == .division })
        let outsider = try #require(units.first { $0.level == .division && $0.code != clinic.code })
        let manager = try token(workspace, "bo", .tactical, unit: clinic.code)
        let app = buildNodeApplication(
            configuration: NodeServerConfiguration(port: 0), store: workspace.store, now: fixedNow)
        try await app.test(.router) { client in
            let auth: HTTPFields = [.authorization: "Bearer \(analyst)", .contentType: "application/json"]
            try await client.execute(uri: "/api/v1/follow-up", method: .get, headers: auth) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect(body["lastWeek"] as? String == "2025-W44")
                #expect((body["furthestBehind"] as? [Any])?.count == 3)
            }
            let opened = try await client.execute(
                uri: "/api/v1/follow-up/rounds", method: .post, headers: auth,
                body: ByteBuffer(string: #"{"week":"2025-W44"}"#)
            ) { response in
                #expect(response.status == .ok)
                return try json(response)["opened"] as? [String] ?? []
            }
            let id = try #require(opened.first)
            let object = String(id.split(separator: "@")[0])
            try await client.execute(uri: "/api/v1/follow-up/objects/\(object)", method: .get, headers: auth) {
                response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect((body["points"] as? [Any])?.count == 56)
                #expect((body["limits"] as? [Any])?.isEmpty == false)
            }
            try await client.execute(
                uri: "/api/v1/deviations/\(id)/comments", method: .post, headers: auth,
                body: ByteBuffer(string: #"{"cause":"Sjukfrånvaro","action":"Extra pass","owner":"Enhetschef"}"#)
            ) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect(body["status"] as? String == "commented")
            }
            try await client.execute(
                uri: "/api/v1/deviations/\(id)/resolve", method: .post, headers: auth,
                body: ByteBuffer(string: #"{"note":"Ikapp"}"#)
            ) { #expect($0.status == .ok) }

            let managerAuth: HTTPFields = [.authorization: "Bearer \(manager)"]
            try await client.execute(
                uri: "/api/v1/follow-up?unit=\(outsider.code)", method: .get, headers: managerAuth
            ) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/v1/deviations", method: .get, headers: managerAuth) { response in
                let items = try json(response)["deviations"] as? [[String: Any]] ?? []
                let tree = try OrganisationTree(units: units)
                #expect(items.allSatisfy { tree.isWithin($0["unit"] as? String ?? "", ancestor: clinic.code) })
            }
            try await client.execute(
                uri: "/api/v1/follow-up/rounds", method: .post, headers: managerAuth,
                body: ByteBuffer(string: #"{"week":"2025-W44"}"#)
            ) { #expect($0.status == .forbidden) }
        }
    }
}
