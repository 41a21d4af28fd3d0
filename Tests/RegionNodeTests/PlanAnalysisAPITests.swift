import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

@Suite("Plan analysis HTTP API", .serialized)
struct PlanAnalysisAPITests {
    func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any] ?? [:]
    }

    @Test func actionsScenarioGoalsDaysAndWaitingOverHTTP() async throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        let created = try PlanService(store: workspace.store, now: fixedNow).create(
            unitCode: "R09", name: "Plan", startWeek: nil, user: "anna")
        let id = created.planID
        let object = try #require(created.plan.objectCodes.first)
        let week = created.plan.startWeek.adding(weeks: 2)
        let app = buildNodeApplication(
            configuration: NodeServerConfiguration(port: 0, authentication: .disabled), store: workspace.store,
            now: fixedNow)
        let headers: HTTPFields = [.contentType: "application/json"]
        try await app.test(.router) { client in
            let action =
                #"{"type":"add-capacity","name":"Extra","toUnit":"R09","resource":"SSK","firstWeek":"\#(week)","#
                + #""lastWeek":"\#(week)","hours":40,"realised":false}"#
            try await client.execute(
                uri: "/api/v1/plans/\(id)/versions/1/actions", method: .post, headers: headers,
                body: ByteBuffer(string: action)
            ) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                let body = try json(response)
                #expect((body["actions"] as? [Any])?.count == 1)
            }
            try await client.execute(
                uri: "/api/v1/plans/\(id)/versions/1/scenario", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"moreReferralsPercent":10}"#)
            ) { response in
                #expect(response.status == .ok)
                let need = try json(response)["productionNeed"] as? [String: Double]
                #expect((need?["scenario"] ?? 0) > (need?["baseline"] ?? 0))
            }
            try await client.execute(
                uri: "/api/v1/plans/\(id)/goals", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"year":2026,"volume":1}"#)
            ) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect((body["goals"] as? [Any])?.count == 1)
            }
            try await client.execute(
                uri: "/api/v1/plans/\(id)/versions/1/days?object=\(object)&week=\(week)", method: .get
            ) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                let days = body["days"] as? [[String: Any]] ?? []
                let total = days.compactMap { $0["volume"] as? Double }.reduce(0, +)
                #expect(abs(total - (created.plan.volume(of: object, in: week) ?? -1)) < 1e-6)
            }
            try await client.execute(
                uri: "/api/v1/plans/\(id)/versions/1/waiting?object=\(object)", method: .get
            ) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect((body["weeks"] as? [Any])?.count == created.plan.weekCount)
            }
            try await client.execute(
                uri: "/api/v1/plans/\(id)/versions/1/days?object=\(object)&week=\(week)&open=xyz", method: .get
            ) { #expect($0.status == .badRequest) }
        }
    }
}
