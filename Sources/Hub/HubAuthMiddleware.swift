import Credentials
public import HubStore
public import Hummingbird
import ServerSupport

/// Resolves `Authorization: Bearer <token>` to the caller's identity on every request, so a revoked or rotated
/// credential stops working at once. An invalid token is a 401 (never treated as anonymous).
public struct HubAuthMiddleware: RouterMiddleware {
    /// The context type.
    public typealias Context = HubRequestContext
    let store: HubStore

    /// Creates the middleware.
    public init(store: HubStore) {
        self.store = store
    }

    /// Authenticates the request when it carries a token.
    public func handle(
        _ request: Request, context: HubRequestContext, next: (Request, HubRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            guard header.hasPrefix("Bearer "), case let secret = String(header.dropFirst(7)), !secret.isEmpty,
                let identity = try store.identity(for: AccessToken(secret: secret))
            else {
                throw APIError(
                    .unauthorized, code: "auth.invalid",
                    message: "Nyckeln är okänd eller återkallad. Be myndighetens administratör om en ny.")
            }
            context.identity = identity
        }
        return try await next(request, context)
    }
}
