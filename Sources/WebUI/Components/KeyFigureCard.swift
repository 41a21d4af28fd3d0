/// A key figure ("nyckeltal") card: a label, a big value, an optional explanation and status.
public struct KeyFigureCard: Sendable, Hashable {
    /// What the figure is, e.g. "Utfall mot plan, hittills i år".
    public var label: String
    /// The formatted value, e.g. "96,4 %" (format with ``SwedishFormat``).
    public var value: String
    /// A line of context, e.g. "Plan 12 400, utfall 11 954".
    public var detail: String?
    /// A status, e.g. ``StatusBadge/belowPlan``.
    public var badge: StatusBadge?
    /// Where the card links to for details.
    public var href: String?

    /// A card.
    public init(label: String, value: String, detail: String? = nil, badge: StatusBadge? = nil, href: String? = nil) {
        self.label = label
        self.value = value
        self.detail = detail
        self.badge = badge
        self.href = href
    }

    /// The card as a list item (use ``grid(_:label:)`` for a row of cards).
    public func node() -> HTMLNode {
        .li(.class("card")) {
            HTMLNode.p(.class("card-label")) {
                if let href { HTMLNode.a(.href(href)) { label } } else { label }
            }
            HTMLNode.p(.class("card-value")) { value }
            if let detail { HTMLNode.p(.class("card-detail")) { detail } }
            if let badge { HTMLNode.p(.class("card-status")) { badge.node() } }
        }
    }

    /// Cards as a responsive grid, a list so screen readers announce how many there are.
    public static func grid(_ cards: [KeyFigureCard], label: String = "Nyckeltal") -> HTMLNode {
        .ul(.class("cards"), .aria("label", label)) { cards.map { $0.node() } }
    }
}
