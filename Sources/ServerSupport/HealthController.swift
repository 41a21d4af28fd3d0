public import Hummingbird

/// `/health` (the process answers) and `/ready` (it can serve: e.g. the database is open and migrated).
public struct HealthController<Context: RequestContext>: Sendable {
    private let isReady: @Sendable () async -> Bool

    /// Creates the controller; `isReady` is asked on every `/ready` request.
    public init(isReady: @escaping @Sendable () async -> Bool) {
        self.isReady = isReady
    }

    /// Adds the routes.
    public func addRoutes(to router: Router<Context>) {
        router.get("health") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("ready") { _, _ -> Response in
            let ready = await isReady()
            return Response(
                status: ready ? .ok : .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: ready ? "ready\n" : "not ready\n")))
        }
    }
}
