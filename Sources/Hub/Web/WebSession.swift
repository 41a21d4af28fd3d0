import Credentials
import Foundation
import HubStore
import Hummingbird
import ServerSupport
import WebUI

/// The web UI's sessions: an HttpOnly, SameSite=Lax cookie holding a random secret (stored only as a hash in
/// `hub_session`), and the session's CSRF token, which every POST form carries and the server checks.
struct WebSession: Sendable {
    /// The cookie's name.
    static let cookieName = "balans_hub_session"
    /// How long a session lasts.
    static let lifetime: TimeInterval = 8 * 3600

    let store: HubStore
    let now: @Sendable () -> Date

    /// The session behind the request's cookie, or nil.
    func current(_ request: Request) async throws -> (session: HubSession, secret: AccessToken)? {
        guard let cookie = request.cookies[Self.cookieName], !cookie.value.isEmpty else { return nil }
        let secret = AccessToken(secret: cookie.value)
        let store = store
        let at = now()
        guard let session = try await StoreWork.run({ try store.session(for: secret, at: at) }) else { return nil }
        return (session, secret)
    }

    /// The session, or a redirect to the login page.
    func require(_ request: Request) async throws -> (session: HubSession, secret: AccessToken) {
        guard let found = try await current(request) else { throw WebRedirect(location: "/logga-in") }
        return found
    }

    /// The session of a POST whose form carries the session's CSRF token, or a 403 that changes nothing.
    func requirePost(_ request: Request, form: [String: String]) async throws -> (
        session: HubSession, secret: AccessToken
    ) {
        let found = try await require(request)
        guard let token = form[CSRFField.name], Self.constantTimeEqual(token, found.session.csrfToken) else {
            throw APIError(
                .forbidden, code: "csrf.invalid",
                message: "Formuläret saknar en giltig säkerhetskod (CSRF). Ladda om sidan och försök igen.")
        }
        return found
    }

    /// The Set-Cookie value for a new session.
    static func cookie(_ secret: AccessToken) -> Cookie {
        Cookie(
            name: cookieName, value: secret.secret, maxAge: Int(lifetime), path: "/", httpOnly: true, sameSite: .lax)
    }

    /// The Set-Cookie value that removes the session cookie.
    static var expiredCookie: Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax)
    }

    private static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}

/// A 303 redirect, thrown from a page handler (e.g. to the login page).
struct WebRedirect: HTTPResponseError {
    var location: String
    var status: HTTPResponse.Status { .seeOther }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// An `application/x-www-form-urlencoded` body as a dictionary (the last value of a repeated name wins).
enum FormBody {
    /// Largest accepted form body.
    static let limit = 256 * 1024

    static func parse(_ request: Request) async throws -> [String: String] {
        let buffer = try await request.body.collect(upTo: limit)
        return parse(String(buffer: buffer))
    }

    static func parse(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first else { continue }
            fields[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }
}
