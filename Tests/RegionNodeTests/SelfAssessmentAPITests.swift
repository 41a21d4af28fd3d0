import Credentials
import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

/// `/api/v1/self-assessments`: the list with status and weakest areas, one unit's answers with the summary, and
/// PUT with validation errors that name the field and the fix. The tiny region is R99 → ORT → ORT-MOT, ORT-OP.
@Suite("Self-assessment API", .serialized)
struct SelfAssessmentAPITests {
    func setUp() throws -> (Workspace, analyst: String, manager: String, operational: String) {
        let workspace = try Workspace()
        try workspace.importFiles(tinyMasterData())
        func token(_ name: String, _ role: NodeRole, _ unit: String?) throws -> String {
            try workspace.store.addUser(
                NodeUser(username: name, displayName: name, role: role, unitCode: unit), password: "ett-långt-lösenord",
                rounds: 1_000, at: fixedNow())
            return try workspace.store.issueAPIToken(username: name, label: "test", at: fixedNow()).secret
        }
        return (
            workspace, try token("ada", .analyst, nil), try token("mona", .strategic, "ORT-MOT"),
            try token("olle", .operational, "ORT")
        )
    }

    func application(_ workspace: Workspace) -> some ApplicationProtocol {
        buildNodeApplication(configuration: NodeServerConfiguration(port: 0), store: workspace.store, now: fixedNow)
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
    }

    func headers(_ token: String) -> HTTPFields {
        [.authorization: "Bearer \(token)", .contentType: "application/json"]
    }

    @Test func anAnalystSavesAUnitAndReadsTheSummaryAndTheList() async throws {
        let (workspace, analyst, _, _) = try setUp()
        defer { workspace.remove() }
        var statements: [String: String] = [:]
        for area in SelfAssessmentQuestionnaire.socialstyrelsen2024.areas {
            for statement in area.statements { statements[statement.id] = "agreeToAHighDegree" }
        }
        statements["6.1"] = "disagree"
        statements["6.2"] = "disagree"
        statements["4.1"] = "agreePartly"
        let body = try JSONSerialization.data(withJSONObject: [
            "answeredOn": "2026-02-10", "statements": statements,
            "checklist": ["1": "yes", "2": "unknown", "3": "unknown"],
            "reflections": ["6": "Data saknas för kapacitet."],
        ])
        try await application(workspace).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/self-assessments/ORT", method: .put, headers: headers(analyst),
                body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .ok)
                let detail = try json(response)
                #expect(detail["status"] as? String == "started")
                let focus = try #require(detail["focus"] as? [[String: Any]])
                #expect(focus.map { $0["area"] as? Int } == [6, 4], "the weakest area first, then the partly agreed")
                #expect((detail["checklistNote"] as? String)?.contains("Vet ej") == true)
                #expect((detail["statements"] as? [String: String])?["6.1"] == "disagree")
                #expect(detail["answeredOn"] as? String == "2026-02-10")
            }
            try await client.execute(
                uri: "/api/v1/self-assessments/ORT", method: .get, headers: headers(analyst)
            ) { response in
                #expect(response.status == .ok)
                let reflections = try json(response)["reflections"] as? [String: String]
                #expect(reflections == ["6": "Data saknas för kapacitet."])
            }
            try await client.execute(uri: "/api/v1/self-assessments", method: .get, headers: headers(analyst)) {
                response in
                #expect(response.status == .ok)
                let units = try #require(try json(response)["units"] as? [[String: Any]])
                #expect(units.map { $0["unit"] as? String } == ["R99", "ORT", "ORT-MOT", "ORT-OP"])
                let ort = try #require(units.first { $0["unit"] as? String == "ORT" })
                #expect(ort["statementsAnswered"] as? Int == 40)
                #expect(ort["focusAreas"] as? [Int] == [6, 4])
                #expect(units.first?["status"] as? String == "notStarted")
            }
        }
        #expect(try workspace.store.selfAssessment(unitCode: "ORT")?.updatedBy == "ada")
    }

    @Test func aBadBodyIsRefusedWithEveryFieldNamedAndNothingSaved() async throws {
        let (workspace, analyst, _, _) = try setUp()
        defer { workspace.remove() }
        let body = try JSONSerialization.data(withJSONObject: [
            "statements": ["1.1": "agreePartly", "9.1": "agreePartly", "2.1": "maybe"], "checklist": ["24": "yes"],
            "reflections": ["3": "Patient 19121212-1212 väntade."],
        ])
        try await application(workspace).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/self-assessments/ORT", method: .put, headers: headers(analyst),
                body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let error = try json(response)
                #expect(error["error"] as? String == "self_assessment.invalid")
                let details = try #require(error["details"] as? [String])
                #expect(details.count == 4)
                #expect(details.contains { $0.hasPrefix("statements.2.1: ") && $0.contains("agreeToAHighDegree") })
                #expect(details.contains { $0.hasPrefix("statements.9.1: ") && $0.contains("1.1 till 8.3") })
                #expect(details.contains { $0.hasPrefix("checklist.24: ") && $0.contains("1–23") })
                #expect(details.contains { $0.hasPrefix("reflections.3: ") && $0.contains("personnummer") })
            }
            try await client.execute(
                uri: "/api/v1/self-assessments/ORT", method: .put, headers: headers(analyst),
                body: ByteBuffer(string: "{\"statements\": {\"1.1\": 2}}")
            ) { response in
                #expect(response.status == .badRequest)
                let message = try json(response)["message"] as? String
                #expect(message?.contains("alla värden är text") == true)
            }
        }
        #expect(try workspace.store.selfAssessments().isEmpty)
    }

    @Test func managersAreRefusedOutsideTheirScopeAndOperationalManagersCannotSave() async throws {
        let (workspace, _, manager, operational) = try setUp()
        defer { workspace.remove() }
        let body = ByteBuffer(string: "{\"statements\": {\"1.1\": \"agreePartly\"}}")
        try await application(workspace).test(.router) { client in
            try await client.execute(uri: "/api/v1/self-assessments", method: .get, headers: headers(manager)) {
                let units = try #require(try json($0)["units"] as? [[String: Any]])
                #expect(units.map { $0["unit"] as? String } == ["ORT-MOT"])
                #expect(units.first?["mayAnswer"] as? Bool == true)
            }
            for method in [HTTPRequest.Method.get, .put] {
                try await client.execute(
                    uri: "/api/v1/self-assessments/ORT-OP", method: method, headers: headers(manager), body: body
                ) { #expect($0.status == .notFound) }
            }
            try await client.execute(
                uri: "/api/v1/self-assessments/ORT-MOT", method: .put, headers: headers(manager), body: body
            ) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/api/v1/self-assessments/ORT-OP", method: .get, headers: headers(operational)
            ) { response in
                let mayAnswer = try json(response)["mayAnswer"] as? Bool
                #expect(mayAnswer == false)
            }
            try await client.execute(
                uri: "/api/v1/self-assessments/ORT-OP", method: .put, headers: headers(operational), body: body
            ) { response in
                #expect(response.status == .forbidden)
                let message = try json(response)["message"] as? String
                #expect(message?.contains("Operativ chef") == true)
            }
            try await client.execute(uri: "/api/v1/self-assessments", method: .get) {
                #expect($0.status == .unauthorized)
            }
        }
        #expect(try workspace.store.selfAssessments().map(\.response.organisationCode) == ["ORT-MOT"])
    }
}
