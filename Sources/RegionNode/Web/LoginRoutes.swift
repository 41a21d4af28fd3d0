import Credentials
import Foundation
import Hummingbird
import NodeStore
import WebUI

/// Login and logout: a password opens a session whose secret travels in the `balans_session` cookie (HttpOnly,
/// SameSite=Lax, Path=/, Secure over TLS).
///
/// The login form itself carries no CSRF token: there is no session yet to tie it to, and what a forged login
/// could do (log the victim in as the attacker) needs the attacker's password in the form.
struct LoginRoutes<Context: NodeUserContext>: Sendable {
    let web: NodeWebController<Context>

    /// How long a session lasts.
    static var sessionLifetime: TimeInterval { 8 * 3600 }

    func addRoutes(to router: Router<Context>) {
        router.get("logga-in") { request, context in
            let next = Self.safeNext(request.uri.queryParameters["next"].map(String.init))
            if web.viewer(request, context) != nil { return WebLayout.redirect(to: next) }
            return try await web.render(viewer: nil, path: request.uri.path) {
                .page(Self.loginPage(next: next, username: "", failed: false), siteName: "Regionnod")
            }
        }
        router.post("logga-in") { request, context in
            let input = try await FormInput.read(request, maximumBytes: NodeWebController<Context>.maximumFormBytes)
            let next = Self.safeNext(input.fields["next"])
            let username = input.fields.trimmed("anvandarnamn") ?? ""
            let password = input.fields["losenord"] ?? ""
            let store = web.store
            let now = web.now
            let opened = try await BlockingWork.run {
                try store.logIn(username: username, password: password, lifetime: Self.sessionLifetime, at: now())
            }
            guard let opened else {
                return try await web.render(viewer: nil, path: request.uri.path) {
                    var page = Self.loginPage(next: next, username: username, failed: true)
                    page.status = .unauthorized
                    return .page(page, siteName: NodeWebController<Context>.siteName(store))
                }
            }
            var response = WebLayout.redirect(to: next)
            response.setCookie(
                Cookie(
                    name: nodeSessionCookie, value: opened.secret.secret, maxAge: Int(Self.sessionLifetime), path: "/",
                    secure: web.configuration.usesTLS, httpOnly: true, sameSite: .lax))
            return response
        }
        router.post("logga-ut") { request, context in
            let response = try await web.action(request, context) { pageContext, _ in
                if !pageContext.viewer.isLocal, let cookie = request.cookies[nodeSessionCookie] {
                    try pageContext.store.logOut(AccessToken(secret: cookie.value))
                }
                return .redirect(pageContext.viewer.isLocal ? "/" : "/logga-in")
            }
            // Only a logout that happened clears the cookie; a refused post leaves the browser logged in.
            return response.status == .seeOther
                ? response.withClearedSessionCookie(secure: web.configuration.usesTLS) : response
        }
    }

    /// The login form; after a failed attempt with one message that does not say whether the user exists.
    static func loginPage(next: String, username: String, failed: Bool) -> WebPage {
        var page = WebPage(title: "Logga in")
        if failed {
            page.flash.append(FlashMessage(.error, "Fel användarnamn eller lösenord. Försök igen."))
        }
        page.add(
            FormView(
                action: "/logga-in", method: .post, csrfToken: nil, hidden: [("next", next)],
                fields: [
                    FormField(name: "anvandarnamn", label: "Användarnamn", value: username, isRequired: true),
                    FormField(name: "losenord", label: "Lösenord", control: .text(.password), isRequired: true),
                ], buttons: [SubmitButton("Logga in")], label: "Logga in"
            ).node())
        return page
    }

    /// `next` if it is a path on this node ("/planer?x=1"), otherwise "/": never another site (no open redirect).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
            !next.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0.value == 0x7F }),
            next.count <= 2_000
        else { return "/" }
        return next
    }
}

extension Response {
    /// The response with the session cookie expired.
    func withClearedSessionCookie(secure: Bool) -> Response {
        var response = self
        response.setCookie(
            Cookie(
                name: nodeSessionCookie, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true,
                sameSite: .lax))
        return response
    }
}
