/// A submit button; `name`/`value` tell the server which of several buttons was pressed.
public struct SubmitButton: Sendable, Hashable {
    /// The visible text, e.g. "Godkänn planen".
    public var label: String
    /// The parameter name sent when this button is pressed.
    public var name: String?
    /// The parameter value sent when this button is pressed.
    public var value: String?

    /// A button.
    public init(_ label: String, name: String? = nil, value: String? = nil) {
        self.label = label
        self.name = name
        self.value = value
    }

    func node(isPrimary: Bool) -> HTMLNode {
        var attributes = [HTMLAttribute("type", "submit"), .class(isPrimary ? "button button-primary" : "button")]
        if let name { attributes.append(HTMLAttribute("name", name)) }
        if let value { attributes.append(HTMLAttribute("value", value)) }
        return .element("button", attributes, [.text(label)])
    }
}
