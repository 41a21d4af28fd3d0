import PlanningDomain
import Testing

/// Every command on a request (and an offer) in every status: allowed ones move it, others are refused.
@Suite struct ExchangePostingWorkflowTests {
    enum State: String, CaseIterable { case open, partiallyMatched, matched, closed, withdrawn, expired }
    enum Input: String, CaseIterable { case withdraw, close, answer, take }
    enum Side: String, CaseIterable { case request, offer }

    /// Östergötland's request R (100) and Jönköping's offer O (100), with side `side` brought into `state`
    /// (the other side has volume to spare: 200).
    static func exchange(_ side: Side, in state: State) throws -> CapacityExchange {
        var exchange = CapacityExchange()
        let subjectIsRequest = side == .request
        try NX.run(
            &exchange,
            [
                NX.command(.postRequest(NX.request("R", "05", subjectIsRequest ? 100 : 200)), by: NX.actor("05")),
                NX.command(.postOffer(NX.offer("O", "06", subjectIsRequest ? 200 : 100)), by: NX.actor("06")),
            ])
        func take(_ count: Int, _ agreement: String) throws {
            let version = exchange.offers[0].version
            try NX.run(
                &exchange,
                [
                    NX.command(
                        .acceptOffer(
                            "O", expectedVersion: version, count: count, period: nil, request: "R",
                            agreement: agreement),
                        by: NX.actor("05"))
                ])
        }
        let (id, owner) = subjectIsRequest ? ("R", "05") : ("O", "06")
        func version() -> Int { subjectIsRequest ? exchange.requests[0].version : exchange.offers[0].version }
        switch state {
        case .open: break
        case .partiallyMatched: try take(40, "A1")
        case .matched: try take(100, "A1")
        case .closed:
            try take(40, "A1")
            let close: ExchangeCommand.Action =
                subjectIsRequest
                ? .closeRequest(id, expectedVersion: version()) : .closeOffer(id, expectedVersion: version())
            try NX.run(&exchange, [NX.command(close, by: NX.actor(owner))])
        case .withdrawn:
            let withdraw: ExchangeCommand.Action =
                subjectIsRequest
                ? .withdrawRequest(id, expectedVersion: version()) : .withdrawOffer(id, expectedVersion: version())
            try NX.run(&exchange, [NX.command(withdraw, by: NX.actor(owner))])
        case .expired:
            _ = try exchange.expireDue(at: "2025-06-02T00:05:00+02:00", by: NX.agency)
        }
        return exchange
    }

    static func command(_ input: Input, _ side: Side, _ exchange: CapacityExchange) -> ExchangeCommand {
        let requestVersion = exchange.requests[0].version
        let offerVersion = exchange.offers[0].version
        switch (input, side) {
        case (.withdraw, .request):
            return NX.command(.withdrawRequest("R", expectedVersion: requestVersion), by: NX.actor("05"))
        case (.withdraw, .offer):
            return NX.command(.withdrawOffer("O", expectedVersion: offerVersion), by: NX.actor("06"))
        case (.close, .request):
            return NX.command(.closeRequest("R", expectedVersion: requestVersion), by: NX.actor("05"))
        case (.close, .offer):
            return NX.command(.closeOffer("O", expectedVersion: offerVersion), by: NX.actor("06"))
        case (.answer, .request):
            return NX.command(
                .propose(
                    CapacityProposal(
                        id: "P9", proposer: "08", target: .request("R"), count: 10, period: NX.weeks(12, 13))),
                by: NX.actor("08"))
        case (.answer, .offer):
            return NX.command(
                .propose(
                    CapacityProposal(id: "P9", proposer: "08", target: .offer("O"), count: 10, period: NX.weeks(12, 13))
                ),
                by: NX.actor("08"))
        case (.take, _):
            // Östergötland takes 10 more of Jönköping's offer for its request: allocates on both sides.
            return NX.command(
                .acceptOffer("O", expectedVersion: offerVersion, count: 10, period: nil, request: "R", agreement: "A9"),
                by: NX.actor("05"))
        }
    }

    enum Outcome: Equatable {
        case status(PostingStatus)
        case error(String)
    }

    static func expected(_ state: State, _ input: Input) -> Outcome {
        let notAllowed = Outcome.error("exchange.not_allowed")
        switch (state, input) {
        case (.open, .withdraw), (.partiallyMatched, .withdraw): return .status(.withdrawn)
        case (.partiallyMatched, .close), (.matched, .close): return .status(.closed)
        case (.open, .answer): return .status(.open)
        case (.partiallyMatched, .answer): return .status(.partiallyMatched)
        case (.open, .take), (.partiallyMatched, .take): return .status(.partiallyMatched)
        case (.open, _), (.partiallyMatched, _), (.matched, _), (.closed, _), (.withdrawn, _), (.expired, _):
            return notAllowed
        }
    }

    @Test(arguments: Side.allCases, State.allCases)
    func setupReachesTheState(side: Side, state: State) throws {
        let exchange = try Self.exchange(side, in: state)
        let status = side == .request ? exchange.requests[0].status : exchange.offers[0].status
        #expect(status.rawValue == state.rawValue)
    }

    @Test(arguments: Side.allCases, State.allCases)
    func everyCommandInEveryStatusFollowsTheTable(side: Side, state: State) throws {
        for input in Input.allCases {
            var exchange = try Self.exchange(side, in: state)
            let before = exchange
            let command = Self.command(input, side, exchange)
            let outcome: Outcome
            if let code = NX.errorCode(&exchange, command) {
                outcome = .error(code)
                #expect(exchange == before, "a refused command must change nothing (\(state), \(input))")
            } else {
                outcome = .status(side == .request ? exchange.requests[0].status : exchange.offers[0].status)
            }
            #expect(outcome == Self.expected(state, input), "\(side) \(state) + \(input)")
        }
    }

    @Test func changesIncrementTheVersionAndRecordWhoDidIt() throws {
        var exchange = try NX.exchange()
        #expect(exchange.requests[0].version == 1)
        try NX.run(&exchange, [NX.command(.withdrawRequest("R", expectedVersion: 1), by: NX.actor("05"))])
        #expect(exchange.requests[0].version == 2)
        #expect(exchange.requests[0].state.history.last?.actor == NX.actor("05"))
        #expect(exchange.requests[0].state.history.last?.kind == .statusChanged("withdrawn"))
    }

    @Test func expiryWaitsUntilThePeriodIsOver() throws {
        var exchange = try NX.exchange()
        // Sunday of week 20 is still inside the period; Monday of week 21 is after it.
        #expect(try exchange.expireDue(at: "2025-05-18T23:59:00+02:00", by: NX.agency).isEmpty)
        let effects = try exchange.expireDue(at: "2025-05-19T00:01:00+02:00", by: NX.agency)
        #expect(effects.count == 2)
        #expect(exchange.requests[0].status == .expired && exchange.offers[0].status == .expired)
    }

    @Test func endingAPostingLapsesItsPendingProposals() throws {
        var exchange = try NX.exchange()
        try NX.run(
            &exchange,
            [
                NX.command(
                    .propose(
                        CapacityProposal(
                            id: "P1", proposer: "06", target: .request("R"), count: 30, period: NX.weeks(10, 12))),
                    by: NX.actor("06")),
                NX.command(.withdrawRequest("R", expectedVersion: 1), by: NX.actor("05")),
            ])
        #expect(exchange.proposals[0].status == .lapsed)
        #expect(exchange.proposals[0].version == 2)
    }
}
