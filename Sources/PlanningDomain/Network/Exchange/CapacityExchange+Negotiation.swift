extension CapacityExchange {
    /// Makes a proposal to another region's live request or offer within reach.
    mutating func propose(_ draft: CapacityProposal, _ command: ExchangeCommand) throws(ExchangeError)
        -> [ExchangeEffect]
    {
        let tenant = command.actor.tenant
        guard tenant == .region(draft.proposer) else {
            throw .notPermitted(.proposal, id: draft.id, tenant: tenant, command: .propose)
        }
        try Self.checkNewID(.proposal, draft.id, taken: proposals.contains { $0.id == draft.id })
        guard draft.count > 0 else { throw .invalidCount(draft.count) }
        let owner: String
        switch draft.target {
        case .request(let id):
            let target = requests[try postingIndex(id, at: \.requests, visibleTo: tenant)]
            try checkAnswerable(target, by: draft.proposer, count: draft.count, period: draft.period, .propose)
            if let linked = draft.linked {
                try checkLink(
                    offers, linked, owner: draft.proposer, to: target, count: draft.count, period: draft.period)
            }
            owner = target.region
        case .offer(let id):
            let target = offers[try postingIndex(id, at: \.offers, visibleTo: tenant)]
            try checkAnswerable(target, by: draft.proposer, count: draft.count, period: draft.period, .propose)
            if let linked = draft.linked {
                try checkLink(
                    requests, linked, owner: draft.proposer, to: target, count: draft.count, period: draft.period)
            }
            owner = target.region
        }
        // Whatever state the caller sent, a new proposal starts pending at version 1.
        var fresh = CapacityProposal(
            id: draft.id, proposer: draft.proposer, target: draft.target, linked: draft.linked, count: draft.count,
            period: draft.period, conditions: draft.conditions)
        fresh.history.append(ExchangeEvent(.created, command))
        proposals.append(fresh)
        return [.proposalMade(id: fresh.id, owner: owner)]
    }

    /// The owner of a proposal's target accepts it: the agreement is made and the volume allocated.
    mutating func acceptProposal(
        _ id: String, _ expectedVersion: Int, agreement agreementID: String, _ command: ExchangeCommand
    ) throws(ExchangeError) -> [ExchangeEffect] {
        let index = try pendingProposalIndex(id, expectedVersion, decidedBy: .targetOwner, command)
        let proposal = proposals[index]
        try Self.checkNewID(.agreement, agreementID, taken: agreements.contains { $0.id == agreementID })
        let requestID: String?
        let offerID: String?
        switch proposal.target {
        case .request(let target):
            (requestID, offerID) = (target, proposal.linked)
        case .offer(let target):
            (requestID, offerID) = (proposal.linked, target)
        }
        let provider = proposal.target.entity == .request ? proposal.proposer : command.actor.tenant.regionCode ?? ""
        let recipient = proposal.target.entity == .request ? command.actor.tenant.regionCode ?? "" : proposal.proposer
        var effects = try makeAgreement(
            agreementID, provider: provider, recipient: recipient, count: proposal.count, period: proposal.period,
            request: requestID, offer: offerID, proposal: proposal, command)
        proposals[index].status = .accepted
        proposals[index].agreement = agreementID
        proposals[index].record(.statusChanged(ProposalStatus.accepted.rawValue), command)
        effects.insert(.proposalChanged(id: id, status: .accepted, version: proposals[index].version), at: 0)
        return effects
    }

    /// Declines (by the target's owner, with a reason) or withdraws (by the proposer) a pending proposal.
    mutating func closeProposal(
        _ id: String, _ expectedVersion: Int, to status: ProposalStatus, _ command: ExchangeCommand
    ) throws(ExchangeError) -> [ExchangeEffect] {
        let index = try pendingProposalIndex(
            id, expectedVersion, decidedBy: status == .declined ? .targetOwner : .proposer, command)
        if status == .declined { try Self.requireReason(command) }
        proposals[index].status = status
        proposals[index].record(.statusChanged(status.rawValue), command)
        return [.proposalChanged(id: id, status: status, version: proposals[index].version)]
    }

    /// A region takes part or all of another region's live offer directly.
    mutating func acceptOffer(
        _ id: String, _ expectedVersion: Int, count: Int, period: WeekRange?, request: String?,
        agreement agreementID: String, _ command: ExchangeCommand
    ) throws(ExchangeError) -> [ExchangeEffect] {
        let tenant = command.actor.tenant
        let offer = offers[try postingIndex(id, at: \.offers, visibleTo: tenant)]
        guard let recipient = tenant.regionCode else {
            throw .notPermitted(.offer, id: id, tenant: tenant, command: .acceptOffer)
        }
        guard recipient != offer.region else { throw .ownPosting(.offer, id: id) }
        try Self.checkVersion(.offer, id, expected: expectedVersion, current: offer.version)
        let weeks = period ?? offer.period
        try checkAnswerable(offer, by: recipient, count: count, period: weeks, .acceptOffer)
        try Self.checkNewID(.agreement, agreementID, taken: agreements.contains { $0.id == agreementID })
        return try makeAgreement(
            agreementID, provider: offer.region, recipient: recipient, count: count, period: weeks,
            request: request, offer: id, proposal: nil, command)
    }

    /// Creates the agreement and allocates its volume on the request and offer it links (re-checking both).
    private mutating func makeAgreement(
        _ id: String, provider: String, recipient: String, count: Int, period: WeekRange, request: String?,
        offer: String?, proposal: CapacityProposal?, _ command: ExchangeCommand
    ) throws(ExchangeError) -> [ExchangeEffect] {
        let requestIndex = try request.map { (requestID) throws(ExchangeError) in
            try linkIndex(
                \.requests, requestID, owner: recipient, count: count, period: period, other: offer, command.action.kind
            )
        }
        let offerIndex = try offer.map { (offerID) throws(ExchangeError) in
            try linkIndex(
                \.offers, offerID, owner: provider, count: count, period: period, other: request, command.action.kind)
        }
        // Every agreement links an offer, a request or both; the group and unit come from the request when there is one.
        guard let base: any ExchangePosting = requestIndex.map({ requests[$0] }) ?? offerIndex.map({ offers[$0] })
        else { throw .notFound(.offer, id: offer ?? "") }
        let conditions = [
            requestIndex.map { requests[$0].conditions }, offerIndex.map { offers[$0].conditions },
            proposal?.conditions,
        ]
        .compactMap { $0 }.map(PlanText.trimmed).filter { !$0.isEmpty }
        var agreement = CapacityAgreement(
            id: id, provider: provider, recipient: recipient, group: base.group,
            volume: ExchangeVolume(count, base.volume.unit), period: period,
            conditions: conditions.joined(separator: " · "), request: request, offer: offer, proposal: proposal?.id)
        agreement.history.append(ExchangeEvent(.created, command))
        agreements.append(agreement)
        var effects: [ExchangeEffect] = [
            .agreementMade(id: id, provider: provider, recipient: recipient, volume: agreement.volume)
        ]
        if let requestIndex { effects += allocate(count, at: \.requests, index: requestIndex, agreement: id, command) }
        if let offerIndex { effects += allocate(count, at: \.offers, index: offerIndex, agreement: id, command) }
        return effects
    }

    /// Who may decide on a pending proposal.
    enum ProposalDecider { case targetOwner, proposer }

    /// Finds a pending proposal the actor may see and decide on, at the quoted version.
    private func pendingProposalIndex(
        _ id: String, _ expectedVersion: Int, decidedBy decider: ProposalDecider, _ command: ExchangeCommand
    ) throws(ExchangeError) -> Int {
        let tenant = command.actor.tenant
        guard let index = proposals.firstIndex(where: { $0.id == id }), isVisible(proposals[index], to: tenant) else {
            throw .notFound(.proposal, id: id)
        }
        let proposal = proposals[index]
        let decidingRegion = decider == .proposer ? proposal.proposer : targetOwner(of: proposal)
        guard let decidingRegion, tenant == .region(decidingRegion) else {
            throw .notPermitted(.proposal, id: id, tenant: tenant, command: command.action.kind)
        }
        try Self.checkVersion(.proposal, id, expected: expectedVersion, current: proposal.version)
        guard proposal.status == .proposed else {
            throw .notAllowed(.proposal, id: id, status: proposal.status.swedishName, command: command.action.kind)
        }
        return index
    }

    /// A posting can be answered or taken from by `region`: another region's, live, enough left, right weeks.
    private func checkAnswerable(
        _ target: some ExchangePosting, by region: String, count: Int, period: WeekRange,
        _ kind: ExchangeCommand.Kind
    ) throws(ExchangeError) {
        let entity = type(of: target).entity
        guard target.region != region else { throw .ownPosting(entity, id: target.id) }
        guard target.status.isLive else {
            throw .notAllowed(entity, id: target.id, status: target.status.swedishName, command: kind)
        }
        try checkVolume(target, count: count, period: period)
    }

    /// The proposer's own posting to link: theirs, live, the same care and unit, enough left, right weeks.
    private func checkLink(
        _ postings: [some ExchangePosting], _ id: String, owner: String, to target: some ExchangePosting,
        count: Int, period: WeekRange
    ) throws(ExchangeError) {
        guard let linked = postings.first(where: { $0.id == id }), linked.region == owner else {
            throw .notFound(type(of: target).entity == .request ? .offer : .request, id: id)
        }
        try checkCompatible(linked, target)
        guard linked.status.isLive else {
            throw .notAllowed(type(of: linked).entity, id: id, status: linked.status.swedishName, command: .propose)
        }
        try checkVolume(linked, count: count, period: period)
    }

    /// The index of a posting an agreement draws on, re-checked at acceptance time.
    private func linkIndex<P: MutablePosting>(
        _ path: WritableKeyPath<CapacityExchange, [P]>, _ id: String, owner: String, count: Int, period: WeekRange,
        other: String?, _ kind: ExchangeCommand.Kind
    ) throws(ExchangeError) -> Int {
        guard let index = self[keyPath: path].firstIndex(where: { $0.id == id }),
            self[keyPath: path][index].region == owner
        else { throw .notFound(P.entity, id: id) }
        let posting = self[keyPath: path][index]
        if P.entity == .request, let other, let offer = offers.first(where: { $0.id == other }) {
            try checkCompatible(posting, offer)
        }
        guard posting.status.isLive else {
            throw .notAllowed(P.entity, id: id, status: posting.status.swedishName, command: kind)
        }
        try checkVolume(posting, count: count, period: period)
        return index
    }

    private func checkVolume(_ posting: some ExchangePosting, count: Int, period: WeekRange) throws(ExchangeError) {
        let entity = type(of: posting).entity
        guard count > 0 else { throw .invalidCount(count) }
        guard count <= posting.remainingCount else {
            throw .exceedsRemaining(entity, id: posting.id, count: count, remaining: posting.remainingCount)
        }
        guard posting.period.contains(period) else {
            throw .periodOutside(entity, id: posting.id, period: period, allowed: posting.period)
        }
    }

    private func checkCompatible(_ one: some ExchangePosting, _ other: some ExchangePosting) throws(ExchangeError) {
        guard one.group.fit(with: other.group) != nil, one.volume.unit == other.volume.unit else {
            throw .incompatible(
                type(of: one).entity, id: one.id, with: type(of: other).entity, otherID: other.id)
        }
    }
}
