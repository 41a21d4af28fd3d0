import Forecasting
import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

@Suite("Production-plan HTTP API", .serialized)
struct PlanAPITests {
    func application(_ workspace: Workspace) -> some ApplicationProtocol {
        buildNodeApplication(
            configuration: NodeServerConfiguration(port: 0, authentication: .disabled), store: workspace.store,
            now: fixedNow)
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
        return try #require(object as? [String: Any])
    }

    func body(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(string: String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
    }

    @Test func createBalanceAgreeRefuseAnEditAndStartANewVersion() async throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        try await application(workspace).test(.router) { client in
            var id = 0
            var object = ""
            var startWeek = ""
            try await client.execute(
                uri: "/api/v1/plans", method: .post,
                body: try body(["unit": "R09", "name": "Plan 2026", "user": "anna"])
            ) { response in
                #expect(response.status == .created)
                let created = try json(response)
                id = try #require(created["id"] as? Int)
                #expect(created["weeks"] as? Int == 52)
                #expect((created["objects"] as? Int ?? 0) > 0)
                #expect((created["total"] as? Double ?? 0) > 0)
                startWeek = try #require(created["startWeek"] as? String)
            }
            let stored = try PlanService(store: workspace.store, now: fixedNow).plan(Int64(id))
            object = try #require(stored.versions.versions.first?.plan.objectCodes.first)

            try await client.execute(uri: "/api/v1/plans/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                let plan = try json(response)
                #expect(plan["name"] as? String == "Plan 2026")
                let versions = try #require(plan["versions"] as? [[String: Any]])
                #expect(versions.count == 1)
                #expect(versions[0]["status"] as? String == "draft")
                #expect((versions[0]["quarterTotals"] as? [Any])?.isEmpty == false)
                let history = try #require(versions[0]["history"] as? [[String: Any]])
                #expect(history.first?["user"] as? String == "anna")
            }

            try await client.execute(uri: "/api/v1/plans/\(id)/versions/1/balance?by=quarter", method: .get) {
                response in
                #expect(response.status == .ok)
                let balance = try json(response)
                #expect(balance["by"] as? String == "quarter")
                let totals = try #require(balance["totals"] as? [[String: Any]])
                #expect(!totals.isEmpty)
                #expect(totals.contains { ($0["need"] as? Double ?? 0) > 0 })
                #expect(balance["limiting"] is [Any])
                #expect(balance["shortfalls"] is [Any])
            }

            let steps: [(String, [String: Any], String)] = [
                ("propose", ["user": "anna", "level": "tactical"], "proposed"),
                ("agree", ["user": "bo", "level": "tactical"], "proposed"),
                ("agree", ["user": "cecilia", "level": "strategisk", "comment": "Ok"], "agreed"),
            ]
            for (step, payload, status) in steps {
                try await client.execute(
                    uri: "/api/v1/plans/\(id)/versions/1/\(step)", method: .post, body: try body(payload)
                ) { response in
                    #expect(response.status == .ok)
                    let result = try json(response)
                    #expect(result["status"] as? String == status)
                    #expect((result["effects"] as? [Any])?.isEmpty == false)
                }
            }
            try await client.execute(uri: "/api/v1/plans/\(id)", method: .get) { response in
                let plan = try json(response)
                let versions = try #require(plan["versions"] as? [[String: Any]])
                #expect(versions[0]["status"] as? String == "agreed")
                #expect((versions[0]["agreements"] as? [Any])?.count == 2)
            }

            let edit: [String: Any] = [
                "user": "anna", "level": "taktisk", "object": object, "week": startWeek, "volume": 1,
            ]
            try await client.execute(
                uri: "/api/v1/plans/\(id)/versions/1/edit", method: .post, body: try body(edit)
            ) { response in
                #expect(response.status == .conflict)
                #expect(String(buffer: response.body).contains("kan inte ändras"))
            }

            try await client.execute(
                uri: "/api/v1/plans/\(id)/versions", method: .post,
                body: try body(["from": 1, "user": "anna", "comment": "ny prognos"])
            ) { response in
                #expect(response.status == .created)
                let result = try json(response)
                #expect(result["number"] as? Int == 2)
            }
            try await client.execute(
                uri: "/api/v1/plans/\(id)/versions/2/edit", method: .post, body: try body(edit)
            ) { response in
                #expect(response.status == .ok)
                let result = try json(response)
                #expect(result["status"] as? String == "draft")
            }
        }
    }

    @Test func unknownPlansVersionsAndBadInputAreRefused() async throws {
        let (workspace, _) = try forecastWorkspace()
        defer { workspace.remove() }
        try await application(workspace).test(.router) { client in
            try await client.execute(uri: "/api/v1/plans/999", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("plan.unknown"))
            }
            try await client.execute(
                uri: "/api/v1/plans/999/versions/1/propose", method: .post, body: try body(["user": "anna"])
            ) { #expect($0.status == .notFound) }
            // No forecast yet: the plan cannot be created in this state.
            try await client.execute(
                uri: "/api/v1/plans", method: .post, body: try body(["unit": "R09", "name": "P", "user": "anna"])
            ) { response in
                #expect(response.status == .conflict)
                #expect(String(buffer: response.body).contains("Kör balans forecast först"))
            }
            try await client.execute(
                uri: "/api/v1/plans", method: .post, body: try body(["unit": "NOPE", "name": "P", "user": "anna"])
            ) { #expect($0.status == .notFound) }
            try await client.execute(
                uri: "/api/v1/plans", method: .post, body: ByteBuffer(string: "{\"name\": 1}")
            ) { #expect($0.status == .badRequest) }
            try await client.execute(
                uri: "/api/v1/plans/1/versions/1/agree", method: .post,
                body: try body(["user": "anna", "level": "kung"])
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("Nivån \\\"kung\\\" finns inte"))
            }
        }
    }
}
