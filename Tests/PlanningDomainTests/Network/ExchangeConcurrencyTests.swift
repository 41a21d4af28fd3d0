import PlanningDomain
import Testing

/// Optimistic concurrency: commands quoting an old version are refused, so racing acceptances cannot both win.
@Suite struct ExchangeConcurrencyTests {
    @Test func twoRegionsAcceptingTheSameOfferAtTheSameVersionMakeExactlyOneAgreement() throws {
        var exchange = try NX.exchange()
        let version = exchange.offers[0].version
        let first = NX.command(
            .acceptOffer("O", expectedVersion: version, count: 50, period: nil, request: nil, agreement: "A-05"),
            by: NX.actor("05"))
        let second = NX.command(
            .acceptOffer("O", expectedVersion: version, count: 50, period: nil, request: nil, agreement: "A-08"),
            by: NX.actor("08"))
        #expect(NX.errorCode(&exchange, first) == nil)
        let before = exchange
        #expect(throws: ExchangeError.staleVersion(.offer, id: "O", expected: version, current: version + 1)) {
            _ = try exchange.handle(second)
        }
        #expect(exchange == before)
        #expect(exchange.agreements.map(\.id) == ["A-05"])
    }

    @Test func whicheverOfManyRacingRegionsComesFirstWinsAndOnlyItWins() throws {
        // Every region that can see the offer tries to take all of it at the version they all read; the hub
        // serialises them in some order. Whatever the order, one agreement results, for the first in line.
        var generator = SeededGenerator(seed: 6)
        let racers = SwedishRegion.all.map(\.code).filter { $0 != "06" }
        for _ in 0..<25 {
            var exchange = try NX.exchange()
            let version = exchange.offers[0].version
            let order = racers.shuffled(using: &generator)
            var winners: [String] = []
            for code in order {
                let take = NX.command(
                    .acceptOffer(
                        "O", expectedVersion: version, count: 200, period: nil, request: nil, agreement: "A-\(code)"),
                    by: NX.actor(code))
                if NX.errorCode(&exchange, take) == nil { winners.append(code) }
            }
            #expect(winners == [order[0]])
            #expect(exchange.agreements.count == 1)
            #expect(exchange.offers[0].status == .matched)
        }
    }

    @Test func acceptingTheSameProposalTwiceAtTheSameVersionFailsTheSecondTime() throws {
        var exchange = try NX.exchange()
        let proposal = CapacityProposal(
            id: "P1", proposer: "06", target: .request("R"), count: 30, period: NX.weeks(10, 12))
        try NX.run(&exchange, [NX.command(.propose(proposal), by: NX.actor("06"))])
        let accept = { (agreement: String) in
            NX.command(.acceptProposal("P1", expectedVersion: 1, agreement: agreement), by: NX.actor("05"))
        }
        #expect(NX.errorCode(&exchange, accept("A1")) == nil)
        #expect(NX.errorCode(&exchange, accept("A2")) == "exchange.stale_version")
        #expect(exchange.agreements.count == 1)
        #expect(exchange.requests[0].remainingCount == 70)
    }

    @Test func aWithdrawalAfterAnAcceptanceAtTheOldVersionIsStale() throws {
        var exchange = try NX.exchange()
        let take = NX.command(
            .acceptOffer("O", expectedVersion: 1, count: 10, period: NX.weeks(11, 11), request: nil, agreement: "A1"),
            by: NX.actor("05"))
        try NX.run(&exchange, [take])
        let withdraw = NX.command(.withdrawOffer("O", expectedVersion: 1), by: NX.actor("06"))
        #expect(NX.errorCode(&exchange, withdraw) == "exchange.stale_version")
        #expect(exchange.offers[0].status == .partiallyMatched)
    }

    @Test func aRefusalLateInAMultiStepCommandChangesNothing() throws {
        // The offer has room, but the linked request has only 100: the agreement must not be half made.
        var exchange = try NX.exchange()
        let before = exchange
        let take = NX.command(
            .acceptOffer("O", expectedVersion: 1, count: 150, period: nil, request: "R", agreement: "A1"),
            by: NX.actor("05"))
        #expect(NX.errorCode(&exchange, take) == "exchange.exceeds_remaining")
        #expect(exchange == before)
    }
}
