import PlanningDomain
import Testing

/// Proposals and agreements: the state tables, who may act, and the volume rules.
@Suite struct ExchangeNegotiationTests {
    enum ProposalState: String, CaseIterable { case proposed, accepted, declined, withdrawn, lapsed }
    enum ProposalInput: String, CaseIterable { case accept, decline, withdraw }

    /// Jönköping proposes 30 operations in weeks 10–12 to Östergötland's request R, brought into `state`.
    static func exchange(proposal state: ProposalState) throws -> CapacityExchange {
        var exchange = try NX.exchange()
        let proposal = CapacityProposal(
            id: "P1", proposer: "06", target: .request("R"), linked: "O", count: 30, period: NX.weeks(10, 12))
        try NX.run(&exchange, [NX.command(.propose(proposal), by: NX.actor("06"))])
        let step: ExchangeCommand? =
            switch state {
            case .proposed: nil
            case .accepted: NX.command(.acceptProposal("P1", expectedVersion: 1, agreement: "A1"), by: NX.actor("05"))
            case .declined:
                NX.command(.declineProposal("P1", expectedVersion: 1), by: NX.actor("05"), comment: "För långt bort")
            case .withdrawn: NX.command(.withdrawProposal("P1", expectedVersion: 1), by: NX.actor("06"))
            case .lapsed: NX.command(.withdrawRequest("R", expectedVersion: 1), by: NX.actor("05"))
            }
        if let step { try NX.run(&exchange, [step]) }
        return exchange
    }

    static func command(_ input: ProposalInput, version: Int) -> ExchangeCommand {
        switch input {
        case .accept: NX.command(.acceptProposal("P1", expectedVersion: version, agreement: "A2"), by: NX.actor("05"))
        case .decline:
            NX.command(.declineProposal("P1", expectedVersion: version), by: NX.actor("05"), comment: "Löst internt")
        case .withdraw: NX.command(.withdrawProposal("P1", expectedVersion: version), by: NX.actor("06"))
        }
    }

    @Test(arguments: ProposalState.allCases, ProposalInput.allCases)
    func everyProposalCommandInEveryStatusFollowsTheTable(state: ProposalState, input: ProposalInput) throws {
        var exchange = try Self.exchange(proposal: state)
        #expect(exchange.proposals[0].status.rawValue == state.rawValue)
        let before = exchange
        let code = NX.errorCode(&exchange, Self.command(input, version: exchange.proposals[0].version))
        if state == .proposed {
            #expect(code == nil)
            let expected: ProposalStatus =
                switch input {
                case .accept: .accepted
                case .decline: .declined
                case .withdraw: .withdrawn
                }
            #expect(exchange.proposals[0].status == expected)
        } else {
            #expect(code == "exchange.not_allowed")
            #expect(exchange == before)
        }
    }

    @Test func acceptingAProposalMakesAnAgreementAndAllocatesBothPostings() throws {
        let exchange = try Self.exchange(proposal: .accepted)
        let agreement = try #require(exchange.agreements.first)
        #expect(agreement.provider == "06" && agreement.recipient == "05")
        #expect(agreement.volume == ExchangeVolume(30, .operations))
        #expect(agreement.request == "R" && agreement.offer == "O" && agreement.proposal == "P1")
        #expect(exchange.requests[0].remainingCount == 70 && exchange.requests[0].status == .partiallyMatched)
        #expect(exchange.offers[0].remainingCount == 170)
        #expect(exchange.proposals[0].agreement == "A1")
    }

    @Test func onlyTheRightRegionsMayDecide() throws {
        var exchange = try Self.exchange(proposal: .proposed)
        let accept = { (actor: NetworkActor) in
            NX.command(.acceptProposal("P1", expectedVersion: 1, agreement: "A1"), by: actor)
        }
        // The proposer cannot accept its own proposal; the agency sees it but cannot accept; Kalmar cannot see it.
        #expect(NX.errorCode(&exchange, accept(NX.actor("06"))) == "exchange.not_permitted")
        #expect(NX.errorCode(&exchange, accept(NX.agency)) == "exchange.not_permitted")
        #expect(NX.errorCode(&exchange, accept(NX.actor("08"))) == "exchange.not_found")
        let withdrawByOwner = NX.command(.withdrawProposal("P1", expectedVersion: 1), by: NX.actor("05"))
        #expect(NX.errorCode(&exchange, withdrawByOwner) == "exchange.not_permitted")
        let declineWithoutReason = NX.command(.declineProposal("P1", expectedVersion: 1), by: NX.actor("05"))
        #expect(NX.errorCode(&exchange, declineWithoutReason) == "exchange.missing_reason")
        #expect(exchange.proposals(visibleTo: .region("08")).isEmpty)
        #expect(exchange.proposals(visibleTo: .region("05")).count == 1)
        #expect(exchange.proposals(visibleTo: .agency).count == 1)
    }

    @Test func proposalsAreCheckedAgainstTheTarget() throws {
        var exchange = try NX.exchange()
        func propose(_ proposal: CapacityProposal, by code: String) -> String? {
            NX.errorCode(&exchange, NX.command(.propose(proposal), by: NX.actor(code)))
        }
        let weeks = NX.weeks(10, 12)
        #expect(
            propose(.init(id: "P", proposer: "05", target: .request("R"), count: 5, period: weeks), by: "05")
                == "exchange.own_posting")
        #expect(
            propose(.init(id: "P", proposer: "06", target: .request("R"), count: 101, period: weeks), by: "06")
                == "exchange.exceeds_remaining")
        #expect(
            propose(.init(id: "P", proposer: "06", target: .request("R"), count: 0, period: weeks), by: "06")
                == "exchange.invalid_count")
        #expect(
            propose(.init(id: "P", proposer: "06", target: .request("R"), count: 5, period: NX.weeks(19, 22)), by: "06")
                == "exchange.period_outside")
        #expect(
            propose(.init(id: "P", proposer: "06", target: .request("X"), count: 5, period: weeks), by: "06")
                == "exchange.not_found")
        #expect(
            propose(.init(id: "P", proposer: "06", target: .request("R"), count: 5, period: weeks), by: "08")
                == "exchange.not_permitted")
        #expect(
            propose(
                .init(id: "P", proposer: "08", target: .request("R"), linked: "O", count: 5, period: weeks), by: "08")
                == "exchange.not_found")
        #expect(exchange.proposals.isEmpty)
        #expect(
            propose(.init(id: "P", proposer: "06", target: .request("R"), count: 5, period: weeks), by: "06") == nil)
        #expect(
            propose(.init(id: "P", proposer: "06", target: .request("R"), count: 5, period: weeks), by: "06")
                == "exchange.duplicate_id")
    }

    @Test func aRequestOutsideTheRadiusCannotBeAnswered() throws {
        var exchange = CapacityExchange()
        try NX.run(
            &exchange, [NX.command(.postRequest(NX.request("R", "05", radius: .neighbours)), by: NX.actor("05"))])
        let fromSkane = CapacityProposal(
            id: "P", proposer: "12", target: .request("R"), count: 5, period: NX.weeks(10, 11))
        #expect(NX.errorCode(&exchange, NX.command(.propose(fromSkane), by: NX.actor("12"))) == "exchange.not_found")
        let fromKalmar = CapacityProposal(
            id: "P", proposer: "08", target: .request("R"), count: 5, period: NX.weeks(10, 11))
        #expect(NX.errorCode(&exchange, NX.command(.propose(fromKalmar), by: NX.actor("08"))) == nil)
    }

    @Test func postingsMustBeTheActorsOwnAndValid() throws {
        var exchange = CapacityExchange()
        let post = { (request: CapacityRequest, actor: NetworkActor) in NX.command(.postRequest(request), by: actor) }
        #expect(NX.errorCode(&exchange, post(NX.request("R", "05"), NX.actor("06"))) == "exchange.not_permitted")
        #expect(NX.errorCode(&exchange, post(NX.request("R", "05"), NX.agency)) == "exchange.not_permitted")
        #expect(NX.errorCode(&exchange, post(NX.request("R", "05", 0), NX.actor("05"))) == "exchange.invalid_count")
        #expect(NX.errorCode(&exchange, post(NX.request("", "05"), NX.actor("05"))) == "exchange.missing_id")
        #expect(
            NX.errorCode(&exchange, post(NX.request("R", "05", group: CapacityGroup(specialty: " ")), NX.actor("05")))
                == "exchange.missing_specialty")
        #expect(NX.errorCode(&exchange, post(NX.request("R", "99"), NX.actor("99"))) == "exchange.unknown_region")
        let noUser = ExchangeCommand(.postRequest(NX.request("R", "05")), by: .region("05", user: ""), at: NX.time)
        #expect(NX.errorCode(&exchange, noUser) == "exchange.missing_user")
        let badTime = ExchangeCommand(.postRequest(NX.request("R", "05")), by: NX.actor("05"), at: "i går")
        #expect(NX.errorCode(&exchange, badTime) == "exchange.invalid_timestamp")
        #expect(exchange.requests.isEmpty)
    }

    @Test func refusalsHaveSwedishMessagesNamingTheThing() {
        let stale = ExchangeError.staleVersion(.offer, id: "O", expected: 3, current: 4)
        #expect(stale.swedishMessage.contains("O") && stale.swedishMessage.contains("version 4"))
        let over = ExchangeError.overDelivery(agreement: "A1", week: NX.week(12), total: 11, agreed: 10)
        #expect(over.swedishMessage.contains("2025-W12") && over.swedishMessage.contains("11"))
        let permitted = ExchangeError.notPermitted(.request, id: "R", tenant: .region("06"), command: .withdrawRequest)
        #expect(permitted.swedishMessage.hasPrefix("Region Jönköpings län får inte återkalla"))
        #expect(permitted.description == permitted.swedishMessage)
    }
}
