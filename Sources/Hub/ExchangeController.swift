import Foundation
import HubStore
import Hummingbird
import PlanningDomain
import ServerSupport

/// The capacity exchange. Reads are filtered by the domain's visibility rules (a request is seen only by regions
/// within its radius, an agreement only by its parties and the agency). Every command carries the version the
/// caller saw; it is loaded, run and stored in ONE write transaction, so of two concurrent acceptances quoting the
/// same version exactly one wins and the other gets 409.
struct ExchangeController: Sendable {
    let store: HubStore
    let now: @Sendable () -> Date
    let maximumBodyBytes: Int

    static let regionRoles: Set<HubRole> = [.regionUser, .regionNode]

    func addRoutes(to group: RouterGroup<HubRequestContext>) {
        addReads(to: group)
        addPostings(to: group)
        addNegotiation(to: group)
        addAgreements(to: group)
    }

    private func addReads(to group: RouterGroup<HubRequestContext>) {
        let store = store
        let now = now
        group.get("exchange/requests") { _, context -> RequestList in
            let identity = try context.requireIdentity()
            return RequestList(requests: try await StoreWork.run { try store.exchange(visibleTo: identity).requests })
        }
        group.get("exchange/offers") { _, context -> OfferList in
            let identity = try context.requireIdentity()
            return OfferList(offers: try await StoreWork.run { try store.exchange(visibleTo: identity).offers })
        }
        group.get("exchange/proposals") { _, context -> ProposalList in
            let identity = try context.requireIdentity()
            return ProposalList(
                proposals: try await StoreWork.run { try store.exchange(visibleTo: identity).proposals })
        }
        group.get("exchange/agreements") { _, context -> AgreementList in
            let identity = try context.requireIdentity()
            let week = HubIDs.week(of: now())
            let agreements = try await StoreWork.run { try store.exchange(visibleTo: identity).agreements }
            return AgreementList(agreements: agreements.map { AgreementView($0, asOf: week) })
        }
        group.get("exchange/agreements/:id") { _, context -> AgreementView in
            let identity = try context.requireIdentity()
            let id = try context.pathParameter("id")
            guard
                let agreement = try await StoreWork.run({
                    try store.exchange(visibleTo: identity).agreement(id, visibleTo: identity.networkTenant)
                })
            else { throw APIError.notFound(ExchangeError.notFound(.agreement, id: id).swedishMessage) }
            return AgreementView(agreement, asOf: HubIDs.week(of: now()))
        }
        group.get("exchange/requests/:id/matches") { _, context -> MatchList in
            let identity = try context.requireIdentity()
            let id = try context.pathParameter("id")
            guard
                let matches = try await StoreWork.run({
                    try store.exchange(visibleTo: identity).rankedOffers(
                        forRequest: id, visibleTo: identity.networkTenant)
                })
            else { throw APIError.notFound(ExchangeError.notFound(.request, id: id).swedishMessage) }
            return MatchList(matches: matches)
        }
        group.get("exchange/offers/:id/matches") { _, context -> MatchList in
            let identity = try context.requireIdentity()
            let id = try context.pathParameter("id")
            guard
                let matches = try await StoreWork.run({
                    try store.exchange(visibleTo: identity).rankedRequests(
                        forOffer: id, visibleTo: identity.networkTenant)
                })
            else { throw APIError.notFound(ExchangeError.notFound(.offer, id: id).swedishMessage) }
            return MatchList(matches: matches)
        }
    }

    private func addPostings(to group: RouterGroup<HubRequestContext>) {
        group.post("exchange/requests") { request, context -> EditedResponse<ExchangeCommandResponse> in
            let identity = try context.require(Self.regionRoles)
            let body = try await decode(PostRequestBody.self, request, "förfrågan")
            let posting = CapacityRequest(
                id: body.id ?? HubIDs.make("req"), region: identity.tenant.code, group: body.group,
                volume: body.volume, period: body.period, priority: body.priority ?? .normal, radius: body.radius,
                conditions: body.conditions ?? "")
            let response = try await run(.postRequest(posting), by: identity)
            return EditedResponse(status: .created, response: response)
        }
        group.post("exchange/offers") { request, context -> EditedResponse<ExchangeCommandResponse> in
            let identity = try context.require(Self.regionRoles)
            let body = try await decode(PostOfferBody.self, request, "erbjudandet")
            let posting = CapacityOffer(
                id: body.id ?? HubIDs.make("off"), region: identity.tenant.code, group: body.group,
                volume: body.volume, period: body.period, radius: body.radius ?? .national,
                conditions: body.conditions ?? "")
            let response = try await run(.postOffer(posting), by: identity)
            return EditedResponse(status: .created, response: response)
        }
        let endings: [(path: String, make: @Sendable (String, Int) -> ExchangeCommand.Action)] = [
            ("requests/:id/withdraw", { .withdrawRequest($0, expectedVersion: $1) }),
            ("requests/:id/close", { .closeRequest($0, expectedVersion: $1) }),
            ("offers/:id/withdraw", { .withdrawOffer($0, expectedVersion: $1) }),
            ("offers/:id/close", { .closeOffer($0, expectedVersion: $1) }),
        ]
        for ending in endings { addVersioned("exchange/\(ending.path)", to: group, make: ending.make) }
    }

    private func addNegotiation(to group: RouterGroup<HubRequestContext>) {
        group.post("exchange/proposals") { request, context -> EditedResponse<ExchangeCommandResponse> in
            let identity = try context.require(Self.regionRoles)
            let body = try await decode(ProposeBody.self, request, "förslaget")
            let target: CapacityProposal.Target
            switch body.target.kind {
            case .request: target = .request(body.target.id)
            case .offer: target = .offer(body.target.id)
            default:
                throw APIError.badRequest("Ett förslag svarar på en förfrågan (request) eller ett erbjudande (offer).")
            }
            let proposal = CapacityProposal(
                id: body.id ?? HubIDs.make("prop"), proposer: identity.tenant.code, target: target,
                linked: body.linked, count: body.count, period: body.period, conditions: body.conditions ?? "")
            let response = try await run(.propose(proposal), by: identity)
            return EditedResponse(status: .created, response: response)
        }
        group.post("exchange/proposals/:id/accept") { request, context -> ExchangeCommandResponse in
            let identity = try context.require(Self.regionRoles)
            let id = try context.pathParameter("id")
            let body = try await decode(VersionedCommandBody.self, request, "kommandot")
            return try await run(
                .acceptProposal(
                    id, expectedVersion: body.expectedVersion, agreement: body.agreement ?? HubIDs.make("agr")),
                comment: body.comment, by: identity)
        }
        addVersioned("exchange/proposals/:id/decline", to: group) { .declineProposal($0, expectedVersion: $1) }
        addVersioned("exchange/proposals/:id/withdraw", to: group) { .withdrawProposal($0, expectedVersion: $1) }
        group.post("exchange/offers/:id/accept") { request, context -> ExchangeCommandResponse in
            let identity = try context.require(Self.regionRoles)
            let id = try context.pathParameter("id")
            let body = try await decode(AcceptOfferBody.self, request, "kommandot")
            return try await run(
                .acceptOffer(
                    id, expectedVersion: body.expectedVersion, count: body.count, period: body.period,
                    request: body.request, agreement: body.agreement ?? HubIDs.make("agr")),
                comment: body.comment, by: identity)
        }
    }

    private func addAgreements(to group: RouterGroup<HubRequestContext>) {
        group.post("exchange/agreements/:id/deliveries") { request, context -> ExchangeCommandResponse in
            let identity = try context.require(Self.regionRoles)
            let id = try context.pathParameter("id")
            let body = try await decode(DeliveryBody.self, request, "leveransen")
            return try await run(
                .recordDelivery(id, expectedVersion: body.expectedVersion, week: body.week, count: body.count),
                comment: body.comment, by: identity)
        }
        addVersioned("exchange/agreements/:id/complete", to: group) { .completeAgreement($0, expectedVersion: $1) }
        addVersioned(
            "exchange/agreements/:id/cancel", to: group,
            roles: Self.regionRoles.union([.agencyCurator, .agencyAdmin])
        ) { .cancelAgreement($0, expectedVersion: $1) }
    }

    private func addVersioned(
        _ path: String, to group: RouterGroup<HubRequestContext>, roles: Set<HubRole> = regionRoles,
        make: @escaping @Sendable (String, Int) -> ExchangeCommand.Action
    ) {
        group.post(RouterPath(path)) { request, context -> ExchangeCommandResponse in
            let identity = try context.require(roles)
            let id = try context.pathParameter("id")
            let body = try await decode(VersionedCommandBody.self, request, "kommandot")
            return try await run(make(id, body.expectedVersion), comment: body.comment, by: identity)
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ what: String) async throws -> T {
        try await JSONBody.decode(type, from: request, limit: maximumBodyBytes, what: what)
    }

    private func run(_ action: ExchangeCommand.Action, comment: String? = nil, by identity: HubIdentity) async throws
        -> ExchangeCommandResponse
    {
        let store = store
        let at = now()
        let (exchange, effects) = try await StoreWork.run {
            try store.handleExchange(action, comment: comment ?? "", by: identity, at: at)
        }
        return Self.response(action, exchange: exchange, effects: effects, tenant: identity.networkTenant, at: at)
    }

    static func response(
        _ action: ExchangeCommand.Action, exchange: CapacityExchange, effects: [ExchangeEffect], tenant: NetworkTenant,
        at date: Date
    ) -> ExchangeCommandResponse {
        var response = ExchangeCommandResponse(effects: effects.map { "\($0)" })
        var agreementID: String?
        for case .agreementMade(let id, _, _, _) in effects { agreementID = id }
        switch action {
        case .postRequest(let posting): response.request = exchange.request(posting.id, visibleTo: tenant)
        case .postOffer(let posting): response.offer = exchange.offer(posting.id, visibleTo: tenant)
        case .withdrawRequest(let id, _), .closeRequest(let id, _):
            response.request = exchange.request(id, visibleTo: tenant)
        case .withdrawOffer(let id, _), .closeOffer(let id, _), .acceptOffer(let id, _, _, _, _, _):
            response.offer = exchange.offer(id, visibleTo: tenant)
        case .propose(let proposal): response.proposal = exchange.proposal(proposal.id, visibleTo: tenant)
        case .acceptProposal(let id, _, _), .declineProposal(let id, _), .withdrawProposal(let id, _):
            response.proposal = exchange.proposal(id, visibleTo: tenant)
        case .recordDelivery(let id, _, _, _), .completeAgreement(let id, _), .cancelAgreement(let id, _):
            agreementID = id
        }
        if let agreementID, let agreement = exchange.agreement(agreementID, visibleTo: tenant) {
            response.agreement = AgreementView(agreement, asOf: HubIDs.week(of: date))
        }
        return response
    }
}
