/// The roles of a region node's users. Managers are scoped to a part of the organisation tree.
public enum NodeRole: String, Sendable, Codable, CaseIterable, Comparable {
    /// Manages users, tokens and settings; sees everything.
    case admin
    /// Production analyst (produktionsanalytiker): imports, forecasts, plans; sees everything.
    case analyst
    /// Strategic manager (e.g. hälso- och sjukvårdsdirektör): agrees plans at strategic level in their scope.
    case strategic
    /// Tactical manager (e.g. verksamhetschef): agrees plans at tactical level in their scope.
    case tactical
    /// Operational manager (e.g. enhetschef): follows up and comments deviations in their scope.
    case operational

    /// Swedish label.
    public var swedishLabel: String {
        switch self {
        case .admin: "Administratör"
        case .analyst: "Produktionsanalytiker"
        case .strategic: "Strategisk chef"
        case .tactical: "Taktisk chef"
        case .operational: "Operativ chef"
        }
    }

    /// Whether the role is a manager role that needs a scope in the organisation tree.
    public var isScoped: Bool { self == .strategic || self == .tactical || self == .operational }

    public static func < (lhs: NodeRole, rhs: NodeRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A node user as the application sees it: who, which role, and which part of the tree.
public struct NodeUser: Sendable, Hashable, Codable {
    /// Login name.
    public var username: String
    /// Name shown in the UI and kept in plan history.
    public var displayName: String
    /// Role.
    public var role: NodeRole
    /// The organisation unit a manager is responsible for (its whole subtree); nil for admin and analyst.
    public var unitCode: String?

    /// Creates a user value.
    public init(username: String, displayName: String, role: NodeRole, unitCode: String?) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.unitCode = unitCode
    }

    /// Whether the user may see things belonging to `unit`: admins and analysts see all; a manager sees their
    /// own unit's subtree.
    public func canSee(unit: String, in tree: OrganisationTree) -> Bool {
        guard role.isScoped else { return true }
        guard let scope = unitCode else { return false }
        return tree.isWithin(unit, ancestor: scope)
    }

    /// Whether the user may change data (import, forecast, plan edits): admins and analysts only.
    public var canEditData: Bool { role == .admin || role == .analyst }
}
