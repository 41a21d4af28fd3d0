import PlanningDomain

extension HubStoreError {
    /// A thing that does not exist or that the caller may not see (the same answer for both); `what` is the Swedish
    /// negative noun phrase, e.g. "inget lärande exempel".
    static func unknown(_ kind: String, _ id: String, what: String) -> HubStoreError {
        HubStoreError(
            code: "\(kind).unknown", message: "Hittade \(what) med id \(id) som din organisation har åtkomst till.")
    }

    /// The caller's role or tenant may not do this.
    static func forbidden(_ kind: String, _ message: String) -> HubStoreError {
        HubStoreError(code: "\(kind).forbidden", message: message)
    }

    /// A request that cannot be processed as sent (422).
    static func invalid(_ kind: String, _ message: String) -> HubStoreError {
        HubStoreError(code: "\(kind).invalid", message: message)
    }
}
