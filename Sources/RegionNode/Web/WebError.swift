import Hummingbird
import ServerSupport
import WebUI

/// A refusal shown as a Swedish HTML page: the status and a sentence that says what to do.
struct WebError: Error, Sendable {
    /// The HTTP status.
    var status: HTTPResponse.Status
    /// The page's heading.
    var title: String
    /// The sentence.
    var message: String

    static func notFound(_ message: String) -> WebError {
        WebError(status: .notFound, title: "Sidan finns inte", message: message)
    }

    static func forbidden(_ message: String) -> WebError {
        WebError(status: .forbidden, title: "Åtkomst nekad", message: message)
    }

    static func badRequest(_ message: String) -> WebError {
        WebError(status: .badRequest, title: "Felaktig begäran", message: message)
    }

    /// The form's CSRF token was missing or wrong: the page was old, or another site posted the form.
    static let csrf = WebError(
        status: .forbidden, title: "Formuläret kunde inte tas emot",
        message: "Formulärets säkerhetskod saknas eller stämmer inte (sidan kan ha varit öppen för länge, eller "
            + "så skickades formuläret från en annan webbplats). Ladda om sidan och försök igen.")

    /// The same refusal for any error the services throw; nil for unexpected errors (a logged 500).
    static func from(_ error: any Error) -> WebError? {
        switch error {
        case let error as WebError: return error
        case let error as APIError:
            let title =
                switch error.status {
                case .notFound: "Sidan finns inte"
                case .forbidden: "Åtkomst nekad"
                case .conflict: "Det gick inte att genomföra"
                default: "Det gick inte"
                }
            return WebError(status: error.status, title: title, message: error.message)
        case let error as PlanServiceError:
            return from(PlanAPIController<NodeRequestContext>.apiError(error))
        default: return nil
        }
    }
}

extension WebError: HTTPResponseError {
    /// The error as a page with the error text: a refusal before a page could be built (an unknown file, a
    /// malformed id) still answers in Swedish HTML, not JSON.
    var page: WebPage {
        var page = WebPage(title: title)
        page.status = status
        page.add(.p(.class("error-text")) { message })
        page.add(.p { HTMLNode.a(.href("/")) { "Till översikten" } })
        return page
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        WebLayout(siteName: "Regionnod", isSyntheticData: false).response(page, viewer: nil, path: request.uri.path)
    }
}
