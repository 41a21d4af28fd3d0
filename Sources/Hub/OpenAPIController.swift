import Hummingbird

/// `GET /api/v1/openapi.json`: the hand-written OpenAPI 3.1 document of the hub API (``HubOpenAPI``).
struct OpenAPIController: Sendable {
    func addRoutes(to group: RouterGroup<HubRequestContext>) {
        group.get("openapi.json") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: HubOpenAPI.json)))
        }
    }
}
