/// The signed-in user's name and role, with a logout button (a POST form carrying the CSRF token).
public struct UserBox: Sendable, Hashable {
    /// The user's name.
    public var name: String
    /// The role in Swedish, e.g. "Taktisk chef, Ortopedkliniken".
    public var role: String
    /// Where the logout form posts.
    public var logoutAction: String
    /// The session's CSRF token.
    public var csrfToken: String

    /// A user box.
    public init(name: String, role: String, logoutAction: String = "/logga-ut", csrfToken: String) {
        self.name = name
        self.role = role
        self.logoutAction = logoutAction
        self.csrfToken = csrfToken
    }

    func node() -> HTMLNode {
        .div(.class("user-box")) {
            HTMLNode.p {
                HTMLNode.span(.class("user-name")) { name }
                HTMLNode.span(.class("user-role")) { role }
            }
            Form(
                action: logoutAction, csrfToken: csrfToken, fields: [], buttons: [SubmitButton("Logga ut")],
                label: "Logga ut"
            ).node()
        }
    }
}
