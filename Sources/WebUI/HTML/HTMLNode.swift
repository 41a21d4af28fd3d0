/// A piece of HTML (or inline SVG): an element, escaped text, or a sequence of nodes.
///
/// Escaping happens by construction: text and attribute values are always escaped when rendered, and there is
/// no public way to insert unescaped markup. Even the charts' SVG is built from these nodes, so a label such as
/// `<script>` supplied by a user ends up as text on the page, never as markup.
public struct HTMLNode: Sendable, Hashable {
    indirect enum Content: Sendable, Hashable {
        case element(name: String, attributes: [HTMLAttribute], children: [HTMLNode])
        case text(String)
        case fragment([HTMLNode])
    }

    let content: Content

    init(content: Content) {
        self.content = content
    }

    /// An element `name` with attributes and children. Void elements (`input`, `meta`, ...) ignore children.
    ///
    /// Traps if `name` is not a plain tag name (letters, digits, `-`): element names come from code, never from
    /// data, so a bad name is a programming error.
    public static func element(_ name: String, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode] = [])
        -> HTMLNode
    {
        precondition(HTMLAttribute.isValidName(name), "Invalid HTML element name \"\(name)\"")
        return HTMLNode(content: .element(name: name, attributes: attributes, children: children))
    }

    /// Text, escaped when rendered.
    public static func text(_ text: String) -> HTMLNode {
        HTMLNode(content: .text(text))
    }

    /// Several nodes rendered one after the other, without a wrapping element.
    public static func fragment(_ nodes: [HTMLNode]) -> HTMLNode {
        HTMLNode(content: .fragment(nodes))
    }

    /// Nothing: renders as the empty string.
    public static let empty = HTMLNode(content: .fragment([]))

    /// The HTML text of this node.
    public func render() -> String {
        var output = ""
        output.reserveCapacity(4096)
        render(into: &output)
        return output
    }

    /// Appends the HTML text of this node to `output`, so a whole page is written into one buffer.
    public func render(into output: inout String) {
        switch content {
        case .text(let text):
            HTMLEscaping.appendText(text, to: &output)
        case .fragment(let nodes):
            for node in nodes { node.render(into: &output) }
        case .element(let name, let attributes, let children):
            output += "<"
            output += name
            for attribute in attributes { attribute.render(into: &output) }
            if HTMLNode.voidElements.contains(name) {
                // "/>" keeps every page well-formed XML as well as valid HTML, so tests can parse whole pages.
                output += "/>"
                return
            }
            output += ">"
            for child in children { child.render(into: &output) }
            output += "</"
            output += name
            output += ">"
        }
    }

    /// Elements that never have children or an end tag in HTML.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
}
