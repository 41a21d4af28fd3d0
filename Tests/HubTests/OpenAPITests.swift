import Foundation
import HubStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import Hub

/// The hand-written OpenAPI document documents every registered API route.
@Suite("OpenAPI document")
struct OpenAPITests {
    @Test func everyRegisteredAPIRouteIsInTheDocument() throws {
        let fixture = try HubFixture()
        let router = buildHubRouter(configuration: HubServerConfiguration(port: 0), store: fixture.store)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(HubOpenAPI.json.utf8)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let apiRoutes = router.routes.filter { "\($0.path)".hasPrefix("/api/v1/") }
        #expect(apiRoutes.count > 40)
        for route in apiRoutes {
            let path = "\(route.path)".dropFirst("/api/v1".count).split(separator: "/").map { part in
                part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
            }.joined(separator: "/")
            let method = route.method.rawValue.lowercased()
            #expect(paths["/" + path]?[method] != nil, "\(route.method) \(route.path) is missing from openapi.json")
        }
    }

    @Test func theDocumentIsServedWithoutAToken() async throws {
        let fixture = try HubFixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            #expect(try jsonObject(response.body)["openapi"] as? String == "3.1.0")
        }
    }
}
