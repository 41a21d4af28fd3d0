import Foundation
import NodeStore
import PlanningDomain
import WebUI

/// What a page builder needs, read once per request off the event loop: the viewer, the store, the region's
/// master data and tree, the query and the clock.
struct PageContext: Sendable {
    /// Who is looking.
    var viewer: WebViewer
    /// The node's database.
    var store: NodeStore
    /// Units, planning objects and resources.
    var master: RegionMasterData
    /// The organisation tree; nil before any organisation has been imported.
    var tree: OrganisationTree?
    /// The request's path.
    var path: String
    /// The query parameters.
    var query: WebForm
    /// The clock.
    var now: @Sendable () -> Date

    init(
        viewer: WebViewer, store: NodeStore, path: String, query: WebForm, now: @escaping @Sendable () -> Date
    ) throws {
        self.viewer = viewer
        self.store = store
        self.path = path
        self.query = query
        self.now = now
        master = try store.masterData()
        tree = try store.organisationTree()
    }

    /// The plan service.
    var plans: PlanService { PlanService(store: store, now: now) }

    /// The region's name for the header: the root unit's name, or a neutral name before the first import.
    var siteName: String {
        guard let tree, let root = tree.units[tree.rootCode] else { return "Regionnod" }
        return root.name
    }

    /// Whether the viewer may see `unit` (nothing outside the tree for a manager).
    func sees(_ unit: String) -> Bool {
        guard viewer.user.role.isScoped else { return true }
        guard let tree else { return false }
        return viewer.sees(unit, in: tree)
    }

    /// A 404 unless the viewer may see `unit`; the same answer as for something that does not exist.
    func requireVisible(_ unit: String, what: String) throws {
        guard sees(unit) else { throw WebError.notFound("\(what) finns inte inom ditt ansvarsområde.") }
    }

    /// Planning objects the viewer may see.
    var visibleObjects: [PlanningObject] { master.planningObjects.filter { sees($0.unitCode) } }

    /// A unit's name with its code, e.g. "Ortopedkliniken (R09-K03)".
    func unitLabel(_ code: String) -> String {
        guard let unit = tree?.units[code] else { return code }
        return "\(unit.name) (\(code))"
    }

    /// A new page whose tables export back to this request's path and query.
    func page(_ title: String) -> WebPage {
        var page = WebPage(title: title)
        let kept = query.fields.filter { $0.key != "format" && $0.key != "tabell" }.sorted { $0.key < $1.key }
            .flatMap { name, values in values.map { (name, Optional($0)) } }
        page.exportBase = path + WebForm.query(kept)
        return page
    }

    /// Today's date for file names, "2025-10-09".
    var dateStamp: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Stockholm")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: now())
    }
}
