import WebUI

/// A form like WebUI's ``Form`` plus hidden fields (which version, which level, where to go next).
struct FormView: Sendable {
    /// Where the form goes.
    var action: String
    /// GET for filters, POST for changes.
    var method: Form.Method
    /// The session's CSRF token, required for POST.
    var csrfToken: String?
    /// Hidden name/value pairs.
    var hidden: [(String, String)] = []
    /// Visible fields.
    var fields: [FormField] = []
    /// Buttons; the first is the primary one.
    var buttons: [SubmitButton]
    /// The form's accessible name.
    var label: String?
    /// An extra class, e.g. "form-filter" for a filter row.
    var extraClass: String?
    /// Extra controls after the fields, e.g. a file input.
    var extra: [HTMLNode] = []
    /// Whether the form uploads files (`multipart/form-data`).
    var uploadsFiles = false

    /// The `<form>` element.
    func node() -> HTMLNode {
        var attributes: [HTMLAttribute] = [
            .action(action), HTMLAttribute("method", method.rawValue),
            .class(extraClass.map { "form \($0)" } ?? "form"),
        ]
        if let label { attributes.append(.aria("label", label)) }
        if uploadsFiles { attributes.append(HTMLAttribute("enctype", "multipart/form-data")) }
        var children: [HTMLNode] = []
        if method == .post, let csrfToken { children.append(CSRFField.node(token: csrfToken)) }
        for (name, value) in hidden {
            children.append(
                .input(HTMLAttribute("type", "hidden"), HTMLAttribute("name", name), HTMLAttribute("value", value)))
        }
        children += fields.map { $0.node() }
        children += extra
        let buttonNodes = buttons.enumerated().map { index, button -> HTMLNode in
            var buttonAttributes = [
                HTMLAttribute("type", "submit"), .class(index == 0 ? "button button-primary" : "button"),
            ]
            if let name = button.name { buttonAttributes.append(HTMLAttribute("name", name)) }
            if let value = button.value { buttonAttributes.append(HTMLAttribute("value", value)) }
            return .element("button", buttonAttributes, [.text(button.label)])
        }
        children.append(.element("div", [.class("form-actions")], buttonNodes))
        return .element("form", attributes, children)
    }
}

extension FormView {
    /// A labelled file input (WebUI's ``FormField`` has no file control).
    static func fileInput(name: String, label: String, hint: String, accept: String) -> HTMLNode {
        let id = "falt-" + HTMLAttribute.identifier(name)
        return .div(.class("field")) {
            HTMLNode.label(HTMLAttribute("for", id)) {
                label
                HTMLNode.span(.class("required")) { " (obligatoriskt)" }
            }
            HTMLNode.p(.class("hint"), .id(id + "-hjalp")) { hint }
            HTMLNode.input(
                .id(id), HTMLAttribute("name", name), HTMLAttribute("type", "file"), HTMLAttribute("accept", accept),
                .aria("describedby", id + "-hjalp"), HTMLAttribute(boolean: "required"))
        }
    }
}
