extension CapacityExchange {
    /// Posts a new request or offer: the actor's own region, a known id, a specialty and a positive volume.
    mutating func post<P: MutablePosting>(
        _ posting: P, at path: WritableKeyPath<CapacityExchange, [P]>, _ command: ExchangeCommand
    ) throws(ExchangeError) -> [ExchangeEffect] {
        let entity = P.entity
        guard SwedishRegion.withCode(posting.region) != nil else { throw .unknownRegion(posting.region) }
        guard command.actor.tenant == posting.owner else {
            throw .notPermitted(entity, id: posting.id, tenant: command.actor.tenant, command: command.action.kind)
        }
        try Self.checkNewID(entity, posting.id, taken: self[keyPath: path].contains { $0.id == posting.id })
        guard !PlanText.trimmed(posting.group.specialty).isEmpty else { throw .missingSpecialty }
        guard posting.volume.count > 0 else { throw .invalidCount(posting.volume.count) }
        // Whatever state the caller sent, a new posting starts open at version 1.
        var fresh = posting
        fresh.state = PostingState()
        fresh.state.history.append(ExchangeEvent(.created, command))
        self[keyPath: path].append(fresh)
        return [.posted(entity, id: fresh.id, region: fresh.region, radius: fresh.radius)]
    }

    /// Withdraws or closes a posting (by its owner) and lets pending proposals to it lapse.
    mutating func end<P: MutablePosting>(
        _ id: String, at path: WritableKeyPath<CapacityExchange, [P]>, _ expectedVersion: Int,
        _ command: ExchangeCommand, from allowed: [PostingStatus], to status: PostingStatus
    ) throws(ExchangeError) -> [ExchangeEffect] {
        let index = try postingIndex(id, at: path, visibleTo: command.actor.tenant)
        let posting = self[keyPath: path][index]
        guard command.actor.tenant == posting.owner else {
            throw .notPermitted(P.entity, id: id, tenant: command.actor.tenant, command: command.action.kind)
        }
        try Self.checkVersion(P.entity, id, expected: expectedVersion, current: posting.version)
        guard allowed.contains(posting.status) else {
            throw .notAllowed(P.entity, id: id, status: posting.status.swedishName, command: command.action.kind)
        }
        self[keyPath: path][index].state.status = status
        self[keyPath: path][index].state.record(.statusChanged(status.rawValue), command)
        return [postingChanged(self[keyPath: path][index])] + lapseProposals(to: P.entity, id, command)
    }

    /// Marks every live request and offer whose period ended before the week of `timestamp` as expired, and
    /// lets pending proposals to them lapse. Meant for the hub's scheduler, acting as the agency.
    ///
    /// - Throws: ``ExchangeError/missingUser`` or ``ExchangeError/invalidTimestamp(_:)``; nothing changes then.
    public mutating func expireDue(at timestamp: String, by actor: NetworkActor) throws(ExchangeError)
        -> [ExchangeEffect]
    {
        try Self.validate(actor, timestamp)
        guard let date = CivilDate.parse(String(timestamp.prefix(10))) else { throw .invalidTimestamp(timestamp) }
        let week = ISOWeek(containing: date)
        let context = ExchangeEventContext(actor: actor, timestamp: timestamp, comment: "perioden har passerat")
        var effects: [ExchangeEffect] = []
        effects += expire(at: \.requests, before: week, context)
        effects += expire(at: \.offers, before: week, context)
        return effects
    }

    private mutating func expire<P: MutablePosting>(
        at path: WritableKeyPath<CapacityExchange, [P]>, before week: ISOWeek, _ command: some ExchangeEventSource
    ) -> [ExchangeEffect] {
        var effects: [ExchangeEffect] = []
        for index in self[keyPath: path].indices {
            let posting = self[keyPath: path][index]
            guard posting.status.isLive, posting.period.last < week else { continue }
            self[keyPath: path][index].state.status = .expired
            self[keyPath: path][index].state.record(.statusChanged(PostingStatus.expired.rawValue), command)
            effects.append(postingChanged(self[keyPath: path][index]))
            effects += lapseProposals(to: P.entity, posting.id, command)
        }
        return effects
    }

    /// Adds `count` to a posting's agreed volume and updates its live status.
    mutating func allocate<P: MutablePosting>(
        _ count: Int, at path: WritableKeyPath<CapacityExchange, [P]>, index: Int, agreement: String,
        _ command: some ExchangeEventSource
    ) -> [ExchangeEffect] {
        var posting = self[keyPath: path][index]
        posting.state.agreedCount += count
        posting.state.status = PostingStatus.live(agreed: posting.state.agreedCount, total: posting.volume.count)
        posting.state.record(.allocated(count: count, agreement: agreement), command)
        self[keyPath: path][index] = posting
        var effects = [postingChanged(posting)]
        if !posting.status.isLive { effects += lapseProposals(to: P.entity, posting.id, command) }
        return effects
    }

    /// Gives `count` back to a posting when an agreement is cancelled; a live or matched posting becomes live
    /// again with the freed volume, an ended one (closed, withdrawn, expired) keeps its status.
    mutating func release<P: MutablePosting>(
        _ count: Int, at path: WritableKeyPath<CapacityExchange, [P]>, id: String, agreement: String,
        _ command: some ExchangeEventSource
    ) -> [ExchangeEffect] {
        guard count > 0, let index = self[keyPath: path].firstIndex(where: { $0.id == id }) else { return [] }
        var posting = self[keyPath: path][index]
        posting.state.agreedCount = max(0, posting.state.agreedCount - count)
        if posting.status.isLive || posting.status == .matched {
            posting.state.status = PostingStatus.live(agreed: posting.state.agreedCount, total: posting.volume.count)
        }
        posting.state.record(.released(count: count, agreement: agreement), command)
        self[keyPath: path][index] = posting
        return [postingChanged(posting)]
    }

    /// Pending proposals to the posting become lapsed.
    mutating func lapseProposals(
        to entity: ExchangeEntity, _ id: String, _ command: some ExchangeEventSource
    ) -> [ExchangeEffect] {
        var effects: [ExchangeEffect] = []
        for index in proposals.indices where proposals[index].status == .proposed {
            guard proposals[index].target.entity == entity, proposals[index].target.id == id else { continue }
            proposals[index].status = .lapsed
            proposals[index].record(.statusChanged(ProposalStatus.lapsed.rawValue), command)
            effects.append(
                .proposalChanged(id: proposals[index].id, status: .lapsed, version: proposals[index].version))
        }
        return effects
    }

    /// The index of posting `id`, if the tenant may see it.
    func postingIndex<P: MutablePosting>(
        _ id: String, at path: WritableKeyPath<CapacityExchange, [P]>, visibleTo tenant: NetworkTenant
    ) throws(ExchangeError) -> Int {
        guard let index = self[keyPath: path].firstIndex(where: { $0.id == id }),
            self[keyPath: path][index].isVisible(to: tenant)
        else { throw .notFound(P.entity, id: id) }
        return index
    }

    func postingChanged(_ posting: some ExchangePosting) -> ExchangeEffect {
        .postingChanged(
            type(of: posting).entity, id: posting.id, status: posting.status, remaining: posting.remainingCount,
            version: posting.version)
    }
}
