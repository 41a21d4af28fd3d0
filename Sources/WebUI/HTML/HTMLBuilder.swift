/// Builds a list of ``HTMLNode``s from statements, so views read like the markup they produce.
///
/// Strings become escaped text; `if`, `if let`, `switch` and `for` work as in any result builder.
@resultBuilder
public enum HTMLBuilder {
    /// One node.
    public static func buildExpression(_ node: HTMLNode) -> [HTMLNode] { [node] }
    /// Text, escaped when rendered.
    public static func buildExpression(_ text: String) -> [HTMLNode] { [.text(text)] }
    /// Several nodes, e.g. from `map`.
    public static func buildExpression(_ nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    /// Concatenates the statements of a block.
    public static func buildBlock(_ parts: [HTMLNode]...) -> [HTMLNode] { parts.flatMap { $0 } }
    /// An `if` without `else`.
    public static func buildOptional(_ part: [HTMLNode]?) -> [HTMLNode] { part ?? [] }
    /// The first branch of an `if`/`else` or `switch`.
    public static func buildEither(first part: [HTMLNode]) -> [HTMLNode] { part }
    /// The second branch of an `if`/`else` or `switch`.
    public static func buildEither(second part: [HTMLNode]) -> [HTMLNode] { part }
    /// A `for` loop.
    public static func buildArray(_ parts: [[HTMLNode]]) -> [HTMLNode] { parts.flatMap { $0 } }
}

extension HTMLNode {
    /// An element `name` whose children come from a builder block.
    public static func el(
        _ name: String, _ attributes: [HTMLAttribute] = [], @HTMLBuilder _ content: () -> [HTMLNode] = { [] }
    ) -> HTMLNode {
        .element(name, attributes, content())
    }

    /// A fragment whose nodes come from a builder block.
    public static func group(@HTMLBuilder _ content: () -> [HTMLNode]) -> HTMLNode {
        .fragment(content())
    }
}
