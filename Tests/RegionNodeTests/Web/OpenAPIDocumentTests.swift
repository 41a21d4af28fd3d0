import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import RegionNode
import Testing

/// The node's OpenAPI document against the router it describes.
@Suite("Node OpenAPI document", .serialized)
struct OpenAPIDocumentTests {
    @Test func everyRegisteredAPIRouteAndMethodIsDocumented() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let router = buildNodeRouter(
            configuration: NodeServerConfiguration(port: 0), store: workspace.store, now: fixedNow)
        // Plain strings: the router's route descriptions are not Sendable.
        let apiRoutes = router.routes.filter { $0.path.description.hasPrefix("/api/v1/") }.map {
            (path: $0.path.description, method: $0.method.rawValue.lowercased())
        }
        #expect(apiRoutes.count >= 12)
        try await buildNodeApplication(
            configuration: NodeServerConfiguration(port: 0), store: workspace.store, now: fixedNow
        ).test(.router) { client in
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
                let document = try #require(object as? [String: Any])
                #expect(document["openapi"] as? String == "3.1.0")
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                for route in apiRoutes {
                    let path = Self.openAPIPath(route.path)
                    let operations = paths[path]
                    #expect(operations != nil, "\(route) is not documented")
                    #expect(operations?[route.method] != nil, "\(route): method not documented")
                }
                // And nothing documented that the router does not serve.
                // Router paths may print parameters as ":id" or "{id}"; compare in the document's form.
                let served = Set(
                    apiRoutes.map { route in
                        let path = route.path.split(separator: "/").map {
                            $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0)
                        }.joined(separator: "/")
                        return "\(route.method) /\(path)"
                    })
                for (path, operations) in paths {
                    for method in operations.keys {
                        #expect(served.contains("\(method) /api/v1\(path)"), "\(method) \(path) is not served")
                    }
                }
                let schemas = try #require(
                    (document["components"] as? [String: Any])?["schemas"] as? [String: Any])
                let text = String(buffer: response.body)
                for match in text.matches(of: /#\/components\/schemas\/(\w+)/) {
                    #expect(schemas[String(match.1)] != nil, "missing schema \(match.1)")
                }
            }
        }
    }

    /// "/api/v1/plans/:id" (or "{id}", depending on how the router prints it) as the document's "/plans/{id}".
    static func openAPIPath(_ routerPath: String) -> String {
        "/"
            + routerPath.dropFirst("/api/v1/".count).split(separator: "/").map {
                $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0)
            }.joined(separator: "/")
    }
}
