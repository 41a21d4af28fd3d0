import Foundation
import HubStore
import Hummingbird
import PlanningDomain
import WebUI

/// The hub's page frame: navigation by role, the signed-in user with a logout form, and HTML responses with the
/// security headers every page gets.
enum HubWebLayout {
    /// The site name in the header.
    static let siteName = "Nationella hubben"
    /// Where the stylesheet is served.
    static let stylesheetPath = "/static/" + Stylesheet.fileName

    /// The main navigation sections.
    enum Section: String, CaseIterable {
        case start, comparisons, examples, exchange, meetings, selfAssessment

        var title: String {
            switch self {
            case .start: "Start"
            case .comparisons: "Jämförelser"
            case .examples: "Lärande exempel"
            case .exchange: "Kapacitetsutbyte"
            case .meetings: "Nätverksträffar"
            case .selfAssessment: "Självskattning"
            }
        }

        var href: String {
            switch self {
            case .start: "/"
            case .comparisons: "/jamforelser"
            case .examples: "/exempel"
            case .exchange: "/utbyte"
            case .meetings: "/natverkstraffar"
            case .selfAssessment: "/sjalvskattning"
            }
        }
    }

    /// The layout for a signed-in user on `section`.
    static func layout(_ session: HubSession, section: Section) -> PageLayout {
        PageLayout(
            siteName: siteName, stylesheetPath: stylesheetPath,
            navigation: Section.allCases.map { NavigationItem($0.title, href: $0.href, isCurrent: $0 == section) },
            user: UserBox(
                name: session.displayName,
                role: "\(session.identity.role.swedishLabel), \(session.identity.tenant.name)",
                csrfToken: session.csrfToken))
    }

    /// An HTML page response.
    static func page(
        _ layout: PageLayout, title: String, flash: [FlashMessage] = [], status: HTTPResponse.Status = .ok,
        content: HTMLNode
    ) -> Response {
        html(layout.render(title: title, flash: flash, content: content), status: status)
    }

    /// An HTML response with the hub's security headers: no framing, no sniffing, scripts from nowhere.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A 303 to `location`.
    static func redirect(_ location: String, cookie: Cookie? = nil) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location])
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// A Swedish label for a figure of `unit`: percentages for shares and ratios.
    static func format(_ value: Double?, unit: IndicatorUnit) -> String {
        switch unit {
        case .share, .ratio: SwedishFormat.percent(value, decimals: 1)
        case .patients, .activities: SwedishFormat.number(value, decimals: 0)
        }
    }
}
