import Foundation
import GRDB
import PlanningDomain
import SyncEngine
import WireProtocol

/// The capacity exchange as the `exchange-state` change feed: one ``WireProtocol/ExchangeState`` per request, offer,
/// proposal and agreement (key `hub/exchange-<kind>/<id>`), each with an audience — the regions that may see it by
/// the exchange's visibility rules (`visibleTo:`). The feed is one log; a node reads only the changes whose audience
/// includes its region (``HubStore/syncChanges(stream:after:epoch:limit:region:)``). Audiences never change: a
/// posting's radius and owner, a proposal's proposer and target, an agreement's parties are fixed when made.
extension HubStore {
    /// Appends every request, offer, proposal and agreement that differs between `before` and `after` to
    /// `exchange-state`, in the caller's transaction (every path that stores the exchange goes through
    /// ``persist(_:comparedTo:at:in:)``, which calls this).
    static func recordExchangeChanges(
        _ after: CapacityExchange, comparedTo before: CapacityExchange, db: Database, at now: Date
    ) throws {
        let old = Dictionary(
            exchangeStates(before).map { ($0.state.naturalKey, $0.state) }, uniquingKeysWith: { first, _ in first })
        let changed = exchangeStates(after).filter { old[$0.state.naturalKey] != $0.state }
        guard !changed.isEmpty else { return }
        try appendChanges(to: .exchangeState, db: db, at: now) { feed in
            for entry in changed {
                try feed.append(
                    entry.state.naturalKey, payload: try CanonicalJSON.jsonValue(entry.state), audience: entry.audience)
            }
        }
    }

    /// Fills a just-created `exchange-state` feed with the whole exchange (an exchange older than the feed).
    static func backfillExchangeState(db: Database, at now: Date) throws {
        let entries = exchangeStates(try loadExchange(in: db))
        try appendChanges(to: .exchangeState, db: db, at: now) { feed in
            for entry in entries {
                try feed.append(
                    entry.state.naturalKey, payload: try CanonicalJSON.jsonValue(entry.state), audience: entry.audience)
            }
        }
    }

    /// Every thing in `exchange` as its wire state and audience (nil: every region).
    static func exchangeStates(_ exchange: CapacityExchange) -> [(state: ExchangeState, audience: [String]?)] {
        var entries: [(state: ExchangeState, audience: [String]?)] = []
        for request in exchange.requests {
            entries.append((postingState(request, kind: .request, priority: request.priority), audience(of: request)))
        }
        for offer in exchange.offers {
            entries.append((postingState(offer, kind: .offer, priority: nil), audience(of: offer)))
        }
        for proposal in exchange.proposals {
            guard let state = proposalState(proposal, in: exchange) else { continue }
            entries.append((state, [proposal.proposer, state.counterpart ?? proposal.proposer]))
        }
        for agreement in exchange.agreements {
            entries.append((agreementState(agreement), [agreement.provider, agreement.recipient]))
        }
        return entries
    }

    /// The regions a posting is visible to, or nil when that is every region.
    static func audience(of posting: some ExchangePosting) -> [String]? {
        let codes = SwedishRegion.all.map(\.code).filter { posting.isVisible(to: .region($0)) }
        return codes.count == SwedishRegion.all.count ? nil : codes
    }

    private static func postingState(
        _ posting: some ExchangePosting, kind: ExchangeStateKind, priority: ExchangePriority?
    ) -> ExchangeState {
        ExchangeState(
            kind: kind, id: posting.id, version: posting.version, status: posting.status.rawValue,
            region: posting.region, specialty: posting.group.specialty,
            planningObjectGroup: posting.group.planningObjectGroup, unit: posting.volume.unit.rawValue,
            count: posting.volume.count, firstWeek: posting.period.first.description,
            lastWeek: posting.period.last.description, priority: priority?.rawValue,
            radius: posting.radius.rawValue, conditions: nonEmpty(posting.conditions),
            settled: posting.state.agreedCount)
    }

    private static func proposalState(_ proposal: CapacityProposal, in exchange: CapacityExchange) -> ExchangeState? {
        var found: (any ExchangePosting)?
        switch proposal.target {
        case .request(let id): found = exchange.requests.first { $0.id == id }
        case .offer(let id): found = exchange.offers.first { $0.id == id }
        }
        guard let target = found else { return nil }
        return ExchangeState(
            kind: .proposal, id: proposal.id, version: proposal.version, status: proposal.status.rawValue,
            region: proposal.proposer, counterpart: target.region, specialty: target.group.specialty,
            planningObjectGroup: target.group.planningObjectGroup, unit: target.volume.unit.rawValue,
            count: proposal.count, firstWeek: proposal.period.first.description,
            lastWeek: proposal.period.last.description, conditions: nonEmpty(proposal.conditions),
            targetKind: proposal.target.entity.rawValue, targetID: proposal.target.id, linked: proposal.linked,
            proposalOrAgreement: proposal.agreement)
    }

    private static func agreementState(_ agreement: CapacityAgreement) -> ExchangeState {
        ExchangeState(
            kind: .agreement, id: agreement.id, version: agreement.version, status: agreement.status.rawValue,
            region: agreement.provider, counterpart: agreement.recipient, specialty: agreement.group.specialty,
            planningObjectGroup: agreement.group.planningObjectGroup, unit: agreement.volume.unit.rawValue,
            count: agreement.volume.count, firstWeek: agreement.period.first.description,
            lastWeek: agreement.period.last.description, conditions: nonEmpty(agreement.conditions),
            settled: agreement.deliveredCount, proposalOrAgreement: agreement.proposal, requestID: agreement.request,
            offerID: agreement.offer,
            deliveries: agreement.deliveries.map {
                ExchangeDeliveryWeek(week: $0.week.description, delivered: $0.count)
            })
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
