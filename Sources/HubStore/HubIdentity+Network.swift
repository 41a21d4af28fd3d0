public import PlanningDomain

extension HubIdentity {
    /// The caller as the network domain sees it: the tenant from the credential and the audit actor as user id.
    public var networkActor: NetworkActor {
        NetworkActor(tenant: networkTenant, userID: actor)
    }

    /// The caller's tenant as the network domain sees it.
    public var networkTenant: NetworkTenant {
        tenant.kind == .agency ? .agency : .region(tenant.code)
    }
}

extension HubStore {
    /// A fresh id for a new example, request, offer, proposal, agreement or meeting: a prefix and 16 random hex
    /// digits (ids are chosen by the hub when the caller does not give one).
    static func newID(_ prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return prefix + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
