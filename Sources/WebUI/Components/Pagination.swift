/// Links to the pages of a long list: previous, a window of page numbers with gaps, next.
public struct Pagination: Sendable, Hashable {
    /// The page shown, 1-based.
    public var currentPage: Int
    /// The number of pages.
    public var pageCount: Int
    /// Page numbers shown on each side of the current page.
    public var window: Int

    /// Pagination; `currentPage` is clamped into 1...`pageCount`.
    public init(currentPage: Int, pageCount: Int, window: Int = 2) {
        self.pageCount = max(1, pageCount)
        self.currentPage = min(max(1, currentPage), self.pageCount)
        self.window = max(0, window)
    }

    /// The page numbers to link, with nil for a gap ("…"): always the first and last page.
    public var visiblePages: [Int?] {
        let inner = max(1, currentPage - window)...min(pageCount, currentPage + window)
        var pages: [Int?] = []
        if inner.lowerBound > 1 { pages.append(1) }
        if inner.lowerBound > 2 { pages.append(nil) }
        pages += inner.map { $0 }
        if inner.upperBound < pageCount - 1 { pages.append(nil) }
        if inner.upperBound < pageCount { pages.append(pageCount) }
        return pages
    }

    /// The navigation, or nothing when there is a single page. `href` gives the URL of a page number.
    public func node(href: (Int) -> String) -> HTMLNode {
        guard pageCount > 1 else { return .empty }
        return .nav(.class("pagination"), .aria("label", "Sidor")) {
            HTMLNode.ul {
                if currentPage > 1 {
                    HTMLNode.li {
                        HTMLNode.a(.href(href(currentPage - 1)), HTMLAttribute("rel", "prev")) { "Föregående" }
                    }
                }
                for page in visiblePages {
                    if let page {
                        HTMLNode.li {
                            if page == currentPage {
                                HTMLNode.a(
                                    .href(href(page)), .aria("current", "page"),
                                    .aria("label", "Sida \(page), aktuell sida")
                                ) {
                                    String(page)
                                }
                            } else {
                                HTMLNode.a(.href(href(page)), .aria("label", "Sida \(page)")) { String(page) }
                            }
                        }
                    } else {
                        HTMLNode.li(.class("gap"), .aria("hidden", "true")) { "…" }
                    }
                }
                if currentPage < pageCount {
                    HTMLNode.li { HTMLNode.a(.href(href(currentPage + 1)), HTMLAttribute("rel", "next")) { "Nästa" } }
                }
            }
            HTMLNode.p(.class("pagination-status")) { "Sida \(currentPage) av \(pageCount)" }
        }
    }
}
