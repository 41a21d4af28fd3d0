import Credentials
public import Foundation
public import Hummingbird
public import NodeStore
public import PlanningDomain
import ServerSupport

/// Whether the node asks who is calling.
public enum NodeAuthentication: Sendable, Equatable {
    /// Every API call needs a token or a session; the web UI asks for a login. The default.
    case required
    /// No login: every caller acts as the body says (the offline single-analyst mode the command-line tools and
    /// the router tests use). Never expose a node in this mode.
    case disabled
}

/// A request context that carries the authenticated node user.
public protocol NodeUserContext: RequestContext {
    /// The caller, set by ``NodeAuthMiddleware`` from an API token or a session cookie.
    var user: NodeUser? { get set }
    /// The session's CSRF token when the caller came with a session cookie.
    var csrfToken: String? { get set }
    /// Whether the node requires authentication.
    var authentication: NodeAuthentication { get set }
}

/// The name of the session cookie.
public let nodeSessionCookie = "balans_session"

/// Resolves `Authorization: Bearer <token>` or the session cookie to the node user. Looked up on every request, so
/// a revoked token or a logout takes effect at once. A presented but invalid token is a 401.
public struct NodeAuthMiddleware<Context: NodeUserContext>: RouterMiddleware {
    let store: NodeStore
    let mode: NodeAuthentication
    let now: @Sendable () -> Date

    /// Creates the middleware.
    public init(store: NodeStore, mode: NodeAuthentication, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.mode = mode
        self.now = now
    }

    /// Authenticates the request.
    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.authentication = mode
        if let header = request.headers[.authorization] {
            guard header.hasPrefix("Bearer "), case let secret = String(header.dropFirst(7)), !secret.isEmpty,
                let user = try store.user(forAPIToken: AccessToken(secret: secret))
            else {
                throw APIError(
                    .unauthorized, code: "auth.invalid",
                    message: "API-nyckeln är okänd eller återkallad. Skapa en ny med balans user token.")
            }
            context.user = user
        } else if let cookie = request.cookies[nodeSessionCookie],
            let session = try store.session(for: AccessToken(secret: cookie.value), at: now())
        {
            context.user = session.user
            context.csrfToken = session.csrfToken
        }
        return try await next(request, context)
    }
}

extension NodeUserContext {
    /// The caller, or a 401 when authentication is required and nobody is logged in. Nil in the disabled mode.
    public func requireUser() throws -> NodeUser? {
        if let user { return user }
        guard authentication == .disabled else {
            throw APIError(
                .unauthorized, code: "auth.required",
                message: "Inloggning krävs: skicka en API-nyckel i Authorization: Bearer <nyckel>.")
        }
        return nil
    }

    /// The caller if they may change data (admin, analyst); a 403 for managers. Nil in the disabled mode.
    public func requireEditor() throws -> NodeUser? {
        guard let user = try requireUser() else { return nil }
        guard user.canEditData else {
            throw APIError(
                .forbidden, code: "auth.forbidden",
                message: "Din roll (\(user.role.swedishLabel)) får inte ändra data; be en produktionsanalytiker.")
        }
        return user
    }
}
