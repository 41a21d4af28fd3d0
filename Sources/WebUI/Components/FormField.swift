/// One labelled form control with an optional hint and error message, wired up for screen readers
/// (`for`/`id`, `aria-describedby`, `aria-invalid`).
public struct FormField: Sendable, Hashable {
    /// Kinds of single-line text input.
    public enum TextKind: String, Sendable, Hashable {
        /// Plain text.
        case text
        /// An e-mail address.
        case email
        /// A password (never pre-filled: the value is not rendered).
        case password
        /// A date (the browser's date picker; the value is "YYYY-MM-DD").
        case date
        /// A search term.
        case search
    }

    /// The control.
    public enum Control: Sendable, Hashable {
        /// A single-line text input.
        case text(TextKind)
        /// A number. Rendered as a text input with a numeric keyboard, because Swedish users type a decimal
        /// comma ("12,5") that `type="number"` rejects in some browsers; the server parses and validates.
        case number(minimum: Double?, maximum: Double?, allowsDecimals: Bool)
        /// A drop-down list.
        case select([SelectOption])
        /// A multi-line text.
        case textArea(rows: Int)
    }

    /// The form parameter name.
    public var name: String
    /// The visible label.
    public var label: String
    /// The current value (what the user typed, when the form is shown again with errors).
    public var value: String
    /// The control.
    public var control: Control
    /// A help text under the label.
    public var hint: String?
    /// An error message for this field, shown under the label and in the form's error summary.
    public var error: String?
    /// Whether the field must be filled in.
    public var isRequired: Bool

    /// A field.
    public init(
        name: String, label: String, value: String = "", control: Control = .text(.text), hint: String? = nil,
        error: String? = nil, isRequired: Bool = false
    ) {
        self.name = name
        self.label = label
        self.value = value
        self.control = control
        self.hint = hint
        self.error = error
        self.isRequired = isRequired
    }

    /// The control's element id, derived from the name; the error summary links to it.
    public var fieldID: String { "falt-" + HTMLAttribute.identifier(name) }

    /// The field: label, hint, error and control in a wrapper.
    public func node() -> HTMLNode {
        let hintID = fieldID + "-hjalp"
        let errorID = fieldID + "-fel"
        let hintText = hint ?? generatedHint
        var described: [String] = []
        if hintText != nil { described.append(hintID) }
        if error != nil { described.append(errorID) }
        var attributes: [HTMLAttribute] = [.id(fieldID), HTMLAttribute("name", name)]
        if !described.isEmpty { attributes.append(.aria("describedby", described.joined(separator: " "))) }
        if error != nil { attributes.append(.aria("invalid", "true")) }
        if isRequired { attributes.append(HTMLAttribute(boolean: "required")) }
        return .div(.class(error == nil ? "field" : "field field-error")) {
            HTMLNode.label(HTMLAttribute("for", fieldID)) {
                label
                if isRequired { HTMLNode.span(.class("required")) { " (obligatoriskt)" } }
            }
            if let hintText { HTMLNode.p(.class("hint"), .id(hintID)) { hintText } }
            if let error { HTMLNode.p(.class("error-message"), .id(errorID)) { error } }
            controlNode(attributes)
        }
    }

    private var generatedHint: String? {
        guard case .number(let minimum, let maximum, let allowsDecimals) = control else { return nil }
        let kind = allowsDecimals ? "ett tal" : "ett heltal"
        let format = { (value: Double) in SwedishFormat.value(value) }
        switch (minimum, maximum) {
        case (let low?, let high?): return "Ange \(kind) från \(format(low)) till \(format(high))."
        case (let low?, nil): return "Ange \(kind), minst \(format(low))."
        case (nil, let high?): return "Ange \(kind), högst \(format(high))."
        case (nil, nil): return nil
        }
    }

    private func controlNode(_ attributes: [HTMLAttribute]) -> HTMLNode {
        switch control {
        case .text(let kind):
            let value = kind == .password ? [] : [HTMLAttribute("value", self.value)]
            return .element("input", attributes + [HTMLAttribute("type", kind.rawValue)] + value)
        case .number(_, _, let allowsDecimals):
            return .element(
                "input",
                attributes + [
                    HTMLAttribute("type", "text"), HTMLAttribute("inputmode", allowsDecimals ? "decimal" : "numeric"),
                    HTMLAttribute("value", value), .class("input-number"),
                ])
        case .select(let options):
            return .element(
                "select", attributes,
                options.map { option in
                    var optionAttributes = [HTMLAttribute("value", option.value)]
                    if option.value == value { optionAttributes.append(HTMLAttribute(boolean: "selected")) }
                    return .element("option", optionAttributes, [.text(option.label)])
                })
        case .textArea(let rows):
            return .element("textarea", attributes + [HTMLAttribute("rows", String(max(1, rows)))], [.text(value)])
        }
    }
}
