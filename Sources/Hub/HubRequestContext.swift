public import Foundation
public import HubStore
public import Hummingbird
import ServerSupport

/// The hub's request context: Hummingbird's storage plus the authenticated caller, set only by
/// ``HubAuthMiddleware`` from a credential or a session — never from the request body.
public struct HubRequestContext: RequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The authenticated caller, if any.
    public var identity: HubIdentity?

    /// Creates the context for a request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
    }

    /// The API's encoder (sorted keys, ISO 8601 dates).
    public var responseEncoder: JSONEncoder { JSONEncoder.api }

    /// The caller, or a 401 that says how to authenticate.
    public func requireIdentity() throws -> HubIdentity {
        guard let identity else {
            throw APIError(
                .unauthorized, code: "auth.required",
                message: "Inloggning krävs: skicka en giltig nyckel i Authorization: Bearer <nyckel>.")
        }
        return identity
    }

    /// The caller if they hold one of `roles`, else a 403.
    public func require(_ roles: Set<HubRole>) throws -> HubIdentity {
        let identity = try requireIdentity()
        guard roles.contains(identity.role) else {
            throw APIError(
                .forbidden, code: "auth.forbidden",
                message: "Din roll (\(identity.role.swedishLabel)) får inte göra detta.")
        }
        return identity
    }
}
