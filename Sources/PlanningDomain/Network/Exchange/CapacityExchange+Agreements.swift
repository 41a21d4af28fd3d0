extension CapacityExchange {
    /// The provider records a week's delivered volume (replacing the week's earlier figure).
    mutating func recordDelivery(
        _ id: String, _ expectedVersion: Int, week: ISOWeek, count: Int, _ command: ExchangeCommand
    ) throws(ExchangeError) -> [ExchangeEffect] {
        let index = try activeAgreementIndex(id, expectedVersion, mayAct: { $0 == .region($1.provider) }, command)
        let agreement = agreements[index]
        guard agreement.period.contains(week) else {
            throw .weekOutsidePeriod(agreement: id, week: week, period: agreement.period)
        }
        guard count >= 0 else { throw .negativeDelivery(agreement: id, week: week, count: count) }
        let total = agreement.deliveredCount - agreement.delivered(in: week) + count
        // Over-delivery is refused, not flagged: the agreement steers like a plan, so more care needs a new one.
        guard total <= agreement.volume.count else {
            throw .overDelivery(agreement: id, week: week, total: total, agreed: agreement.volume.count)
        }
        agreements[index].setDelivered(count, in: week)
        agreements[index].record(.delivered(week: week, count: count), command)
        var effects: [ExchangeEffect] = []
        if agreement.status == .agreed {
            agreements[index].status = .delivering
            agreements[index].history.append(
                ExchangeEvent(.statusChanged(AgreementStatus.delivering.rawValue), command))
        }
        let updated = agreements[index]
        effects.append(.deliveryRecorded(agreement: id, week: week, count: count, remaining: updated.remainingCount))
        if agreement.status == .agreed {
            effects.append(.agreementChanged(id: id, status: .delivering, version: updated.version))
        }
        if updated.remainingCount == 0 { effects.append(.fullyDelivered(agreement: id)) }
        return effects
    }

    /// A party marks a delivering agreement completed; completing short of the agreed volume needs a reason.
    mutating func completeAgreement(
        _ id: String, _ expectedVersion: Int, _ command: ExchangeCommand
    ) throws(ExchangeError) -> [ExchangeEffect] {
        let index = try activeAgreementIndex(id, expectedVersion, mayAct: { $1.isParty($0) }, command)
        guard agreements[index].status == .delivering else {
            throw .notAllowed(
                .agreement, id: id, status: agreements[index].status.swedishName, command: .completeAgreement)
        }
        if agreements[index].remainingCount > 0 { try Self.requireReason(command) }
        agreements[index].status = .completed
        agreements[index].record(.statusChanged(AgreementStatus.completed.rawValue), command)
        return [.agreementChanged(id: id, status: .completed, version: agreements[index].version)]
    }

    /// A party or the agency cancels an active agreement (with a reason); the undelivered volume goes back to
    /// the request and offer it drew on.
    mutating func cancelAgreement(
        _ id: String, _ expectedVersion: Int, _ command: ExchangeCommand
    ) throws(ExchangeError) -> [ExchangeEffect] {
        let index = try activeAgreementIndex(id, expectedVersion, mayAct: { $0 == .agency || $1.isParty($0) }, command)
        try Self.requireReason(command)
        let undelivered = agreements[index].remainingCount
        agreements[index].status = .cancelled
        agreements[index].record(.statusChanged(AgreementStatus.cancelled.rawValue), command)
        let agreement = agreements[index]
        var effects: [ExchangeEffect] = [.agreementChanged(id: id, status: .cancelled, version: agreement.version)]
        if let request = agreement.request {
            effects += release(undelivered, at: \.requests, id: request, agreement: id, command)
        }
        if let offer = agreement.offer {
            effects += release(undelivered, at: \.offers, id: offer, agreement: id, command)
        }
        return effects
    }

    /// Finds an agreement the actor may see and act on, at the quoted version, still agreed or delivering.
    private func activeAgreementIndex(
        _ id: String, _ expectedVersion: Int, mayAct: (NetworkTenant, CapacityAgreement) -> Bool,
        _ command: ExchangeCommand
    ) throws(ExchangeError) -> Int {
        let tenant = command.actor.tenant
        guard let index = agreements.firstIndex(where: { $0.id == id }), agreements[index].isVisible(to: tenant) else {
            throw .notFound(.agreement, id: id)
        }
        let agreement = agreements[index]
        guard mayAct(tenant, agreement) else {
            throw .notPermitted(.agreement, id: id, tenant: tenant, command: command.action.kind)
        }
        try Self.checkVersion(.agreement, id, expected: expectedVersion, current: agreement.version)
        guard agreement.status.isActive else {
            throw .notAllowed(.agreement, id: id, status: agreement.status.swedishName, command: command.action.kind)
        }
        return index
    }
}
