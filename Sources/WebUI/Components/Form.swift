/// A form: an error summary when fields have errors, the fields, the CSRF token (for POST) and buttons.
public struct Form: Sendable, Hashable {
    /// The HTTP method.
    public enum Method: String, Sendable, Hashable {
        /// Reads, e.g. filters; no CSRF token.
        case get
        /// Changes; carries the CSRF token.
        case post
    }

    /// Where the form is submitted.
    public var action: String
    /// The method.
    public var method: Method
    /// The session's CSRF token; required for POST (the server refuses a POST without it).
    public var csrfToken: String?
    /// The fields in order.
    public var fields: [FormField]
    /// The buttons; the first is the primary action.
    public var buttons: [SubmitButton]
    /// An accessible name for the form, e.g. "Kommentera avvikelse".
    public var label: String?

    /// A form.
    public init(
        action: String, method: Method = .post, csrfToken: String?, fields: [FormField],
        buttons: [SubmitButton] = [SubmitButton("Spara")], label: String? = nil
    ) {
        self.action = action
        self.method = method
        self.csrfToken = csrfToken
        self.fields = fields
        self.buttons = buttons
        self.label = label
    }

    /// The `<form>` element.
    public func node() -> HTMLNode {
        var attributes: [HTMLAttribute] = [.action(action), HTMLAttribute("method", method.rawValue), .class("form")]
        if let label { attributes.append(.aria("label", label)) }
        let errors = fields.filter { $0.error != nil }
        return .element(
            "form", attributes,
            [
                .group {
                    if !errors.isEmpty {
                        // GOV.UK-style summary: announced at once, each error links to its field.
                        HTMLNode.div(.class("error-summary"), .role("alert")) {
                            HTMLNode.h2 {
                                errors.count == 1
                                    ? "Formuläret innehåller ett fel" : "Formuläret innehåller \(errors.count) fel"
                            }
                            HTMLNode.ul {
                                for field in errors {
                                    HTMLNode.li {
                                        HTMLNode.a(.href("#" + field.fieldID)) {
                                            "\(field.label): \(field.error ?? "")"
                                        }
                                    }
                                }
                            }
                        }
                    }
                    if method == .post, let csrfToken { CSRFField.node(token: csrfToken) }
                    for field in fields { field.node() }
                    HTMLNode.div(.class("form-actions")) {
                        for (index, button) in buttons.enumerated() { button.node(isPrimary: index == 0) }
                    }
                }
            ])
    }
}
