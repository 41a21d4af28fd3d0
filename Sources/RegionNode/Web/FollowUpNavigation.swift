import PlanningDomain
import WebUI

/// The follow-up pages' sub-navigation (plan and outcome, inflow vs forecast, capacity, waiting lists, care
/// guarantee) and what those pages share: the scope, the unit filter carried along, number formatting.
enum FollowUpNavigation {
    /// The follow-up pages, path and Swedish name.
    static let pages: [(path: String, name: String)] = [
        ("/uppfoljning", "Plan och utfall"), ("/uppfoljning/prognos", "Inflöde mot prognos"),
        ("/uppfoljning/kapacitet", "Kapacitet"), ("/uppfoljning/vantelistor", "Väntelistor"),
        ("/uppfoljning/vardgaranti", "Vårdgaranti"),
    ]

    /// The sub-navigation, keeping `?enhet=` when the page has one; the current page is marked.
    static func links(_ context: PageContext) -> HTMLNode {
        let unit = context.query.trimmed("enhet").map { "?enhet=\(WebForm.escape($0))" } ?? ""
        return .nav(.class("sub-navigation"), .aria("label", "Uppföljning")) {
            HTMLNode.ul {
                pages.map { page in
                    HTMLNode.li {
                        if page.path == context.path {
                            HTMLNode.strong(.aria("current", "page")) { page.name }
                        } else {
                            HTMLNode.a(.href(page.path + unit)) { page.name }
                        }
                    }
                }
            }
        }
    }

    /// The page's scope (`?enhet=`, else a manager's own unit, else the region); 404 outside the viewer's part.
    static func scope(_ context: PageContext) throws -> (code: String, tree: OrganisationTree) {
        guard let tree = context.tree else {
            throw WebError.notFound("Ingen organisation är importerad ännu. Importera enheter först.")
        }
        return (try FollowUpPage.scopeCode(context, tree: tree), tree)
    }

    /// A follow-up page with its sub-navigation, and the scope it shows (see ``scope(_:)``).
    static func begin(_ context: PageContext, _ title: String) throws -> (page: WebPage, scope: String) {
        var page = context.page(title)
        page.add(links(context))
        return (page, try scope(context).code)
    }

    /// The service's figures, or nil after adding its Swedish explanation (no forecast yet, no agreed plan, …) to
    /// the page.
    static func load<T>(_ page: inout WebPage, _ work: () throws -> T) throws -> T? {
        do {
            return try work()
        } catch let error as FollowUpServiceError {
            page.add(.p { error.description })
            return nil
        }
    }

    /// "12,3 %" or "–".
    static func percent(_ value: Double?) -> String { SwedishFormat.percent(value) }

    /// A number with one decimal, or "–".
    static func decimal(_ value: Double?) -> String { value.map { SwedishFormat.number($0, decimals: 1) } ?? "–" }
}
