/// A link in the main navigation.
public struct NavigationItem: Sendable, Hashable {
    /// The text, e.g. "Uppföljning".
    public var title: String
    /// The URL.
    public var href: String
    /// Whether this is the section the page belongs to (`aria-current="page"`).
    public var isCurrent: Bool

    /// A navigation item.
    public init(_ title: String, href: String, isCurrent: Bool = false) {
        self.title = title
        self.href = href
        self.isCurrent = isCurrent
    }
}
