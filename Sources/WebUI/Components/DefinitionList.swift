/// A list of terms and their values, e.g. a planning object's properties.
public struct DefinitionList: Sendable, Hashable {
    /// A term and its description.
    public struct Item: Sendable, Hashable {
        /// The term, e.g. "Vårdtjänst".
        public var term: String
        /// The description.
        public var description: HTMLNode

        /// An item with a text description.
        public init(_ term: String, _ description: String) {
            self.term = term
            self.description = .text(description)
        }

        /// An item with any content as description (a link, a badge).
        public init(_ term: String, node description: HTMLNode) {
            self.term = term
            self.description = description
        }
    }

    /// The items in order.
    public var items: [Item]

    /// A list.
    public init(_ items: [Item]) {
        self.items = items
    }

    /// The `<dl>` element.
    public func node() -> HTMLNode {
        .dl(.class("definitions")) {
            for item in items {
                HTMLNode.div {
                    HTMLNode.dt { item.term }
                    HTMLNode.dd { item.description }
                }
            }
        }
    }
}
