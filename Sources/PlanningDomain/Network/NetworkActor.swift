/// Who issues a command on the hub: the tenant (region or agency) and the user acting for it.
public struct NetworkActor: Hashable, Sendable, Codable {
    /// The tenant the user acts for (from the credential).
    public var tenant: NetworkTenant
    /// The user's id (opaque; recorded in the audit trail).
    public var userID: String

    /// Creates an actor.
    public init(tenant: NetworkTenant, userID: String) {
        self.tenant = tenant
        self.userID = userID
    }

    /// A user acting for the region with county code `code`.
    public static func region(_ code: String, user userID: String) -> NetworkActor {
        NetworkActor(tenant: .region(code), userID: userID)
    }

    /// A curator acting for the agency.
    public static func agency(user userID: String) -> NetworkActor {
        NetworkActor(tenant: .agency, userID: userID)
    }
}
