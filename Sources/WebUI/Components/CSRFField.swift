/// The hidden field that carries the session's CSRF token in every POST form.
public enum CSRFField {
    /// The form parameter name the server reads the token from.
    public static let name = "csrf_token"

    /// `<input type="hidden" name="csrf_token" value="…">`.
    public static func node(token: String) -> HTMLNode {
        .input(HTMLAttribute("type", "hidden"), HTMLAttribute("name", name), HTMLAttribute("value", token))
    }
}
