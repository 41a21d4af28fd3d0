/// The frame of every page: document head, skip link, optional synthetic-data banner, header with product and
/// site name and the signed-in user, main navigation, flash messages, the page's content and a footer.
public struct PageLayout: Sendable, Hashable {
    /// The product name shown in the header and the document title.
    public static let productName = "Balans"
    /// The id of `<main>`, the skip link's target.
    public static let mainID = "huvudinnehall"

    /// Whose installation this is, e.g. "Region Östergötland" or "Nationella noden".
    public var siteName: String
    /// The URL of the start page (the product name links there).
    public var homeHref: String
    /// Where the server serves ``Stylesheet/css``, e.g. "/static/balans.css".
    public var stylesheetPath: String
    /// The main navigation.
    public var navigation: [NavigationItem]
    /// The signed-in user, or nil on the login page.
    public var user: UserBox?
    /// Whether to show the "Syntetiska data" banner on every page (demo installations).
    public var showsSyntheticDataBanner: Bool
    /// A line in the footer, e.g. a version or contact.
    public var footerText: String?

    /// A layout for one installation; build it once and call ``render(title:flash:content:)`` per page.
    public init(
        siteName: String, homeHref: String = "/", stylesheetPath: String, navigation: [NavigationItem] = [],
        user: UserBox? = nil, showsSyntheticDataBanner: Bool = false, footerText: String? = nil
    ) {
        self.siteName = siteName
        self.homeHref = homeHref
        self.stylesheetPath = stylesheetPath
        self.navigation = navigation
        self.user = user
        self.showsSyntheticDataBanner = showsSyntheticDataBanner
        self.footerText = footerText
    }

    /// The whole page as HTML text: `title` is the page's `<h1>` and the first part of the document title.
    public func render(title: String, flash: [FlashMessage] = [], content: HTMLNode) -> String {
        var output = "<!DOCTYPE html>\n"
        output.reserveCapacity(32_768)
        document(title: title, flash: flash, content: content).render(into: &output)
        output += "\n"
        return output
    }

    /// The `<html>` element (without the doctype), for callers that embed or inspect it.
    public func document(title: String, flash: [FlashMessage] = [], content: HTMLNode) -> HTMLNode {
        .html(HTMLAttribute("lang", "sv")) {
            HTMLNode.head {
                HTMLNode.meta(HTMLAttribute("charset", "utf-8"))
                HTMLNode.meta(
                    HTMLAttribute("name", "viewport"), HTMLAttribute("content", "width=device-width, initial-scale=1"))
                HTMLNode.documentTitle("\(title) – \(Self.productName) – \(siteName)")
                HTMLNode.link(HTMLAttribute("rel", "stylesheet"), .href(stylesheetPath))
            }
            HTMLNode.body {
                HTMLNode.a(.class("skip-link"), .href("#" + Self.mainID)) { "Hoppa till huvudinnehållet" }
                if showsSyntheticDataBanner { SyntheticDataBanner.node() }
                header
                if !navigation.isEmpty { navigationNode }
                HTMLNode.main(.id(Self.mainID), HTMLAttribute("tabindex", "-1")) {
                    HTMLNode.h1 { title }
                    for message in flash { message.node() }
                    content
                }
                HTMLNode.footer(.class("site-footer")) {
                    HTMLNode.p { "\(Self.productName) – produktions- och kapacitetsstyrning · \(siteName)" }
                    if let footerText { HTMLNode.p { footerText } }
                }
            }
        }
    }

    private var header: HTMLNode {
        .header(.class("site-header")) {
            HTMLNode.div(.class("brand")) {
                HTMLNode.a(.href(homeHref), .class("product-name")) { Self.productName }
                HTMLNode.span(.class("site-name")) { siteName }
            }
            if let user { user.node() }
        }
    }

    private var navigationNode: HTMLNode {
        .nav(.class("main-nav"), .aria("label", "Huvudmeny")) {
            HTMLNode.ul {
                for item in navigation {
                    HTMLNode.li {
                        if item.isCurrent {
                            HTMLNode.a(.href(item.href), .aria("current", "page")) { item.title }
                        } else {
                            HTMLNode.a(.href(item.href)) { item.title }
                        }
                    }
                }
            }
        }
    }
}
