import NodeStore
import PlanningDomain

/// Who is looking at a page: the logged-in user (or, without authentication, the local analyst), the token their
/// forms carry, and what they may do.
struct WebViewer: Sendable {
    /// The user.
    var user: NodeUser
    /// The CSRF token of the session (or the node's local token without authentication).
    var csrfToken: String
    /// Whether the node runs without authentication (the local single-analyst mode).
    var isLocal: Bool

    /// The stand-in user of a node without authentication.
    static let localUser = NodeUser(
        username: "lokal", displayName: "Lokal analytiker", role: .analyst, unitCode: nil)

    /// Whether the user may import, forecast and edit plans.
    var canEditData: Bool { user.canEditData }

    /// Whether the user manages users and tokens.
    var isAdmin: Bool { user.role == .admin }

    /// Whether the user may see `unit`.
    func sees(_ unit: String, in tree: OrganisationTree) -> Bool { user.canSee(unit: unit, in: tree) }

    /// The level at which the user agrees or rejects plans: a strategic or tactical manager's own level; nil for
    /// everyone else. The local analyst picks the level in the form, as the API's body does.
    var agreementLevel: PlanningLevel? {
        switch user.role {
        case .strategic: .strategic
        case .tactical: .tactical
        default: nil
        }
    }

    /// Whether the user may agree or reject at all (the scope is checked per plan).
    var mayAgree: Bool { agreementLevel != nil || isLocal }

    /// The unit whose part of the tree the start page shows: the manager's unit, or nil for the whole region.
    var scopeUnit: String? { user.role.isScoped ? user.unitCode : nil }
}
