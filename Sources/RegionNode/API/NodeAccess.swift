import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport

/// The scope rule in one place: a manager sees and agrees only what belongs to their part of the tree. Things
/// outside the scope answer 404, like things that do not exist, so a manager cannot probe other units.
enum NodeAccess {
    static func outOfScope(_ unit: String) -> APIError {
        APIError.notFound("\(unit) finns inte inom ditt ansvarsområde.")
    }

    /// Throws ``outOfScope(_:)`` unless `user` (nil in the disabled mode) may see `unit`.
    static func check(_ user: NodeUser?, sees unit: String, store: NodeStore) throws {
        guard let user, user.role.isScoped else { return }
        guard let tree = try store.organisationTree() else { throw outOfScope(unit) }
        guard user.canSee(unit: unit, in: tree) else { throw outOfScope(unit) }
    }
}
