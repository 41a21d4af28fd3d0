import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData
import Testing

@Suite("Node HTTP API", .serialized)
struct NodeAPITests {
    func application(_ workspace: Workspace) -> some ApplicationProtocol {
        buildNodeApplication(
            configuration: NodeServerConfiguration(port: 0, authentication: .disabled), store: workspace.store,
            now: fixedNow)
    }

    @Test func healthReadyAndStatus() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try await application(workspace).test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/ready", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/status", method: .get) { response in
                #expect(response.status == .ok)
                let json =
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect(json?["planningObjects"] as? Int == 2)
            }
        }
    }

    @Test func aBadUploadIsRefusedWithLocatedErrorsAndTheNodeKeepsServing() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        let before = try workspace.databaseFingerprint()
        try await application(workspace).test(.router) { client in
            let bad = "planeringsobjekt;vecka;antal\nORT-NYB;2025-W54;3\nORT-NYB;2025-W02;-4\n"
            try await client.execute(
                uri: "/api/v1/imports?file=inflode.csv", method: .post, body: ByteBuffer(string: bad)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let text = String(buffer: response.body)
                #expect(text.contains("\"error\":\"import.invalid\""))
                #expect(text.contains("inflode.csv, rad 2, kolumn vecka"))
                #expect(text.contains("rad 3, kolumn antal"))
            }
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
            let good = "planeringsobjekt;vecka;antal\nORT-NYB;2025-W01;3\n"
            try await client.execute(
                uri: "/api/v1/imports?file=inflode.csv", method: .post, body: ByteBuffer(string: good)
            ) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"records\":1"))
            }
        }
        #expect(try workspace.databaseFingerprint() != before)
    }

    @Test func unknownFeedAndMissingFileNameAreBadRequests() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await application(workspace).test(.router) { client in
            try await client.execute(uri: "/api/v1/imports?file=x.csv&feed=bananer", method: .post) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("Okänt flöde"))
            }
            try await client.execute(uri: "/api/v1/imports", method: .post) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/v1/forecasts/NOPE", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Ingen prognos"))
            }
        }
    }

    @Test func aForecastRunThroughTheAPIIsStoredAndReadable() async throws {
        let (workspace, region) = try forecastWorkspace()
        defer { workspace.remove() }
        let code = region.inflow[0].planningObjectCode
        try await application(workspace).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/forecast-runs", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "{\"horizon\": 8, \"objects\": [\"\(code)\"]}")
            ) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"objects\":1"))
            }
            try await client.execute(uri: "/api/v1/forecasts/\(code)", method: .get) { response in
                #expect(response.status == .ok)
                let json =
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect((json?["weeks"] as? [Any])?.count == 8)
                #expect((json?["backtest"] as? [Any])?.isEmpty == false)
                #expect((json?["inputSHA256"] as? String)?.count == 64)
            }
        }
    }
}
