import PlanningDomain
import Testing

/// Ranking offers for a request and requests for an offer: which qualify, the order, and its determinism.
@Suite struct ExchangeMatchingTests {
    static let knee = CapacityGroup(specialty: "Ortopedi", planningObjectGroup: "Knäprotes")
    static let orthopaedics = CapacityGroup(specialty: "ortopedi ")

    /// Offers around Östergötland's request (100 hip operations, weeks 10–20, national).
    static let offers: [CapacityOffer] = [
        NX.offer("A-jonkoping-full", "06", 100),  // neighbour, same group, covers all
        NX.offer("B-kalmar-half", "08", 50),  // neighbour, same group, covers half
        NX.offer("C-skane-full", "12", 100),  // national, same group
        NX.offer("D-vgr-specialty", "14", 100, group: orthopaedics),  // neighbour, specialty only
        NX.offer("E-kalmar-short", "08", 50, weeks: NX.weeks(15, 25)),  // neighbour, half the weeks
        NX.offer("F-jonkoping-knee", "06", group: knee),  // other planning-object group: no match
        NX.offer("G-jonkoping-visits", "06", unit: .visits),  // other unit: no match
        NX.offer("H-jonkoping-later", "06", weeks: NX.weeks(30, 40)),  // no overlap: no match
        NX.offer("I-norrbotten-near", "25", radius: .neighbours),  // not visible to Östergötland
        NX.offer("J-linkoping-own", "05"),  // own region
        NX.offer("K-orebro-neighbours", "18", 100, radius: .neighbours),  // neighbour-only offer, 18 borders 05
    ]

    static func exchange(offers: [CapacityOffer] = offers, request: CapacityRequest = NX.request("R", "05"))
        throws -> CapacityExchange
    {
        var exchange = CapacityExchange()
        try NX.run(&exchange, [NX.command(.postRequest(request), by: NX.actor(request.region))])
        try NX.run(&exchange, offers.map { NX.command(.postOffer($0), by: NX.actor($0.region)) })
        return exchange
    }

    @Test func offersAreRankedByGroupThenProximityThenCoverageThenWeeksThenDistance() throws {
        let ranked = try #require(try Self.exchange().rankedOffers(forRequest: "R", visibleTo: .region("05")))
        // Jönköping (≈111 km) and Örebro (≈110 km) tie on everything before distance.
        let jonkoping = try #require(SwedishRegion.withCode("06"))
        let orebro = try #require(SwedishRegion.withCode("18"))
        let linkoping = try #require(SwedishRegion.withCode("05"))
        let nearer = linkoping.distanceKilometres(to: jonkoping) < linkoping.distanceKilometres(to: orebro)
        let fullNeighbours =
            nearer ? ["A-jonkoping-full", "K-orebro-neighbours"] : ["K-orebro-neighbours", "A-jonkoping-full"]
        #expect(
            ranked.map(\.offer)
                == fullNeighbours + ["B-kalmar-half", "E-kalmar-short", "C-skane-full", "D-vgr-specialty"])
        let first = ranked[0]
        #expect(first.groupFit == .sameGroup && first.proximity == .neighbour && first.coverage == 1)
        #expect(ranked.first { $0.offer == "E-kalmar-short" }?.overlap == NX.weeks(15, 20))
        #expect(ranked.first { $0.offer == "E-kalmar-short" }?.overlapShare == 6.0 / 11.0)
        #expect(ranked.first { $0.offer == "C-skane-full" }?.proximity == .national)
        #expect(ranked.first { $0.offer == "B-kalmar-half" }?.matchableCount == 50)
    }

    @Test func rankingDoesNotDependOnTheOrderOfTheOffers() throws {
        let reference = ExchangeMatching.offers(
            for: try Self.exchange().requests[0], among: try Self.exchange().offers)
        var generator = SeededGenerator(seed: 2025)
        for _ in 0..<30 {
            let shuffled = Self.offers.shuffled(using: &generator)
            let exchange = try Self.exchange(offers: shuffled)
            #expect(ExchangeMatching.offers(for: exchange.requests[0], among: exchange.offers) == reference)
        }
    }

    @Test func equalCandidatesAreOrderedById() throws {
        let twins = ["twin-b", "twin-c", "twin-a"].map { NX.offer($0, "06") }
        let exchange = try Self.exchange(offers: twins)
        #expect(
            ExchangeMatching.offers(for: exchange.requests[0], among: exchange.offers).map(\.offer) == [
                "twin-a", "twin-b", "twin-c",
            ])
    }

    @Test func aNeighbourOnlyRequestIsNotMatchedWithFarOffers() throws {
        let exchange = try Self.exchange(request: NX.request("R", "05", radius: .neighbours))
        let ranked = try #require(exchange.rankedOffers(forRequest: "R", visibleTo: .region("05")))
        #expect(ranked.allSatisfy { $0.proximity == .neighbour })
        #expect(!ranked.contains { $0.offer == "C-skane-full" })
    }

    @Test func takenAndWithdrawnOffersDropOut() throws {
        var exchange = try Self.exchange()
        try NX.run(
            &exchange,
            [
                NX.command(.withdrawOffer("A-jonkoping-full", expectedVersion: 1), by: NX.actor("06")),
                NX.command(
                    .acceptOffer(
                        "B-kalmar-half", expectedVersion: 1, count: 50, period: nil, request: nil, agreement: "X"),
                    by: NX.actor("07")),
            ])
        let ranked = try #require(exchange.rankedOffers(forRequest: "R", visibleTo: .region("05")))
        #expect(!ranked.contains { $0.offer == "A-jonkoping-full" || $0.offer == "B-kalmar-half" })
    }

    @Test func requestsForAnOfferPutUrgencyBeforeProximity() throws {
        var exchange = CapacityExchange()
        let requests = [
            NX.request("near-normal", "05"),
            NX.request("far-high", "12", priority: .high),
            NX.request("near-low", "08", priority: .low),
            NX.request("far-normal-small", "01", 20),
        ]
        try NX.run(&exchange, requests.map { NX.command(.postRequest($0), by: NX.actor($0.region)) })
        try NX.run(&exchange, [NX.command(.postOffer(NX.offer("O", "06", 60)), by: NX.actor("06"))])
        let ranked = try #require(exchange.rankedRequests(forOffer: "O", visibleTo: .region("06")))
        #expect(ranked.map(\.request) == ["far-high", "near-normal", "far-normal-small", "near-low"])
        #expect(ranked.first { $0.request == "far-normal-small" }?.coverage == 20.0 / 60.0)
    }

    @Test func aTenantThatCannotSeeTheRequestGetsNoRanking() throws {
        let exchange = try Self.exchange(request: NX.request("R", "05", radius: .neighbours))
        #expect(exchange.rankedOffers(forRequest: "R", visibleTo: .region("25")) == nil)
        #expect(exchange.rankedOffers(forRequest: "R", visibleTo: .agency) != nil)
    }

    @Test func fitScoreSummarisesTheMatch() throws {
        let ranked = try #require(try Self.exchange().rankedOffers(forRequest: "R", visibleTo: .region("05")))
        #expect(ranked.first { $0.offer == "A-jonkoping-full" }?.fitScore == 1.0)
        #expect(ranked.first { $0.offer == "D-vgr-specialty" }?.fitScore == 0.8)
    }
}
