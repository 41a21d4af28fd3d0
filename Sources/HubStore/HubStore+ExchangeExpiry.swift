public import Foundation
import GRDB
public import PlanningDomain

extension HubStore {
    /// Expires every live request and offer whose period ended before the week of `now`, and lets the pending
    /// proposals to them lapse, acting as the agency's scheduler (``PlanningDomain/CapacityExchange/expireDue(at:by:)``).
    /// One write transaction with one audit line when anything changed; running it again changes nothing.
    ///
    /// - Returns: the domain's effects (empty when nothing was due).
    @discardableResult
    public func expireDueExchangePostings(agencyCode: String, at now: Date) throws -> [ExchangeEffect] {
        try writer.write { db in
            guard let agency = try Self.tenant(code: agencyCode, in: db) else {
                throw HubStoreError.unknownTenant(agencyCode)
            }
            let before = try Self.loadExchange(in: db)
            var after = before
            let effects = try after.expireDue(
                at: HubDocument.timestamp(now), by: NetworkActor(tenant: .agency, userID: "schemaläggaren"))
            guard !effects.isEmpty else { return [] }
            try Self.persist(after, comparedTo: before, at: now, in: db)
            try Self.audit(
                db, tenantID: agency.id, actor: "schemaläggaren", action: "exchange.expire", target: "exchange",
                detail: "\(effects.count) ändringar", at: now)
            return effects
        }
    }
}
