import Foundation
import Hummingbird
import PlanningDomain
import WebUI

/// The frame every page shares: site name, navigation for the viewer's role, the user box and the banner.
struct WebLayout: Sendable {
    /// The region's name, shown in the header.
    var siteName: String
    /// Whether to show the synthetic-data banner.
    var isSyntheticData: Bool

    /// Where the stylesheet is served.
    static let stylesheetPath = "/static/" + Stylesheet.fileName

    /// The main navigation; "Uppföljning" leads to the follow-up pages.
    static func navigation(for viewer: WebViewer?, path: String) -> [NavigationItem] {
        guard let viewer else { return [] }
        var items: [(String, String)] = [
            ("Översikt", "/"), ("Uppföljning", "/uppfoljning"), ("Planeringsobjekt", "/planeringsobjekt"),
            ("Planer", "/planer"), ("Akut dimensionering", "/akut-dimensionering"), ("Import", "/import"),
            ("Lärande exempel", "/larande-exempel"),
            ("Synkronisering", "/synk"),
        ]
        items.append(("Självskattning", "/sjalvskattning"))
        items.append(("Kapacitetsutbyte", "/kapacitetsutbyte"))
        if viewer.isAdmin { items.append(("Användare", "/anvandare")) }
        return items.map { title, href in
            let current = href == "/" ? path == "/" : path == href || path.hasPrefix(href + "/")
            return NavigationItem(title, href: href, isCurrent: current)
        }
    }

    /// The page as an HTML response with security headers; pages hold region data, so nothing is cached.
    func response(_ page: WebPage, viewer: WebViewer?, path: String) -> Response {
        let layout = PageLayout(
            siteName: siteName, stylesheetPath: Self.stylesheetPath,
            navigation: Self.navigation(for: viewer, path: path),
            user: viewer.map {
                UserBox(name: $0.user.displayName, role: $0.user.role.swedishLabel, csrfToken: $0.csrfToken)
            },
            showsSyntheticDataBanner: isSyntheticData)
        let html = layout.render(title: page.title, flash: page.flash, content: .fragment(page.content))
        return Self.html(html, status: page.status)
    }

    /// An HTML response.
    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A 303 redirect (after a POST the browser follows with a GET).
    static func redirect(to location: String) -> Response {
        var headers = securityHeaders
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }

    /// No scripts at all, styles only from the node, forms only to the node, never framed.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy:
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'",
        .xContentTypeOptions: "nosniff",
    ]
}
