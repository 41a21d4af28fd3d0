/// A refusal from the hub's store: a stable code and a Swedish sentence that says what to do.
public struct HubStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable code, e.g. "tenant.unknown".
    public var code: String
    /// What went wrong and what to do, in Swedish.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    static func unknownTenant(_ code: String) -> HubStoreError {
        HubStoreError(
            code: "tenant.unknown",
            message: "Det finns ingen hyresgäst med koden \(code). Ange en regionkod (t.ex. 05).")
    }

    static func roleNotForTenant(_ role: HubRole, _ tenant: Tenant) -> HubStoreError {
        HubStoreError(
            code: "credential.role",
            message: "Rollen \(role.rawValue) kan inte ges till \(tenant.name): myndighetsroller hör till myndigheten, "
                + "regionroller till en region.")
    }
}
