import PlanningDomain
import Testing

/// Agreements: the state table, deliveries against the agreed volume, and what cancelling gives back.
@Suite struct AgreementFollowUpTests {
    enum State: String, CaseIterable { case agreed, delivering, completed, cancelled }
    enum Input: String, CaseIterable { case deliver, complete, cancel }

    /// Östergötland took 10 of Jönköping's offer for request R in weeks 10–13: agreement A1.
    static func exchange(_ state: State = .agreed) throws -> CapacityExchange {
        var exchange = try NX.exchange()
        try NX.run(
            &exchange,
            [
                NX.command(
                    .acceptOffer(
                        "O", expectedVersion: 1, count: 10, period: NX.weeks(10, 13), request: "R", agreement: "A1"),
                    by: NX.actor("05"))
            ])
        switch state {
        case .agreed: break
        case .delivering: try NX.run(&exchange, [deliver(week: 10, count: 3, version: 1)])
        case .completed:
            try NX.run(
                &exchange,
                [
                    deliver(week: 10, count: 3, version: 1),
                    NX.command(
                        .completeAgreement("A1", expectedVersion: 2), by: NX.actor("05"), comment: "Kön är löst"),
                ])
        case .cancelled:
            try NX.run(
                &exchange,
                [NX.command(.cancelAgreement("A1", expectedVersion: 1), by: NX.actor("06"), comment: "Personalbrist")])
        }
        return exchange
    }

    static func deliver(week: Int, count: Int, version: Int, by code: String = "06") -> ExchangeCommand {
        NX.command(
            .recordDelivery("A1", expectedVersion: version, week: NX.week(week), count: count), by: NX.actor(code))
    }

    @Test(arguments: State.allCases, Input.allCases)
    func everyAgreementCommandInEveryStatusFollowsTheTable(state: State, input: Input) throws {
        var exchange = try Self.exchange(state)
        #expect(exchange.agreements[0].status.rawValue == state.rawValue)
        let version = exchange.agreements[0].version
        let command =
            switch input {
            case .deliver: Self.deliver(week: 11, count: 2, version: version)
            case .complete:
                NX.command(.completeAgreement("A1", expectedVersion: version), by: NX.actor("06"), comment: "Klart")
            case .cancel:
                NX.command(
                    .cancelAgreement("A1", expectedVersion: version), by: NX.actor("05"), comment: "Behovet borta")
            }
        let before = exchange
        let code = NX.errorCode(&exchange, command)
        let expected: AgreementStatus? =
            switch (state, input) {
            case (.agreed, .deliver), (.delivering, .deliver): .delivering
            case (.delivering, .complete): .completed
            case (.agreed, .cancel), (.delivering, .cancel): .cancelled
            default: nil
            }
        if let expected {
            #expect(code == nil)
            #expect(exchange.agreements[0].status == expected)
            #expect(exchange.agreements[0].version == version + 1)
        } else {
            #expect(code == "exchange.not_allowed")
            #expect(exchange == before)
        }
    }

    @Test func followUpSpreadsTheAgreedVolumeAndComparesDeliveries() throws {
        var exchange = try Self.exchange()
        try NX.run(
            &exchange, [Self.deliver(week: 10, count: 3, version: 1), Self.deliver(week: 11, count: 1, version: 2)])
        let followUp = AgreementFollowUp(exchange.agreements[0], asOf: NX.week(11))
        #expect(followUp.weeks.map(\.planned) == [3, 3, 2, 2])
        #expect(followUp.weeks.map(\.delivered) == [3, 1, 0, 0])
        #expect(followUp.weeks.map(\.deviation) == [0, -2, -2, -2])
        #expect(followUp.weeks.map(\.cumulativeDelivered) == [3, 4, 4, 4])
        #expect(followUp.plannedToDate == 6 && followUp.deliveredToDate == 4 && followUp.behindPlan == 2)
        #expect(followUp.agreed == 10 && followUp.delivered == 4 && followUp.remaining == 6)
        #expect(followUp.shareDelivered == 0.4)
        #expect(AgreementFollowUp(exchange.agreements[0], asOf: NX.week(9)).plannedToDate == 0)
        #expect(AgreementFollowUp(exchange.agreements[0], asOf: NX.week(30)).plannedToDate == 10)
    }

    @Test func aWeeksFigureIsReplacedNotAdded() throws {
        var exchange = try Self.exchange()
        try NX.run(
            &exchange, [Self.deliver(week: 11, count: 1, version: 1), Self.deliver(week: 11, count: 2, version: 2)])
        #expect(exchange.agreements[0].deliveredCount == 2)
        #expect(exchange.agreements[0].deliveries == [WeeklyDelivery(week: NX.week(11), count: 2)])
        try NX.run(&exchange, [Self.deliver(week: 11, count: 0, version: 3)])
        #expect(exchange.agreements[0].deliveries.isEmpty)
    }

    @Test func overDeliveryAndBadWeeksAreRefused() throws {
        var exchange = try Self.exchange()
        try NX.run(&exchange, [Self.deliver(week: 10, count: 6, version: 1)])
        #expect(throws: ExchangeError.overDelivery(agreement: "A1", week: NX.week(12), total: 11, agreed: 10)) {
            _ = try exchange.handle(Self.deliver(week: 12, count: 5, version: 2))
        }
        #expect(NX.errorCode(&exchange, Self.deliver(week: 14, count: 1, version: 2)) == "exchange.week_outside_period")
        #expect(NX.errorCode(&exchange, Self.deliver(week: 12, count: -1, version: 2)) == "exchange.negative_delivery")
        #expect(
            NX.errorCode(&exchange, Self.deliver(week: 12, count: 1, version: 2, by: "05")) == "exchange.not_permitted")
        #expect(NX.errorCode(&exchange, Self.deliver(week: 12, count: 1, version: 2, by: "08")) == "exchange.not_found")
        let effects = try exchange.handle(Self.deliver(week: 12, count: 4, version: 2))
        #expect(effects.contains(.fullyDelivered(agreement: "A1")))
        #expect(exchange.agreements[0].remainingCount == 0 && exchange.agreements[0].shareDelivered == 1)
    }

    @Test func completingShortNeedsAReason() throws {
        var exchange = try Self.exchange(.delivering)
        let silent = NX.command(.completeAgreement("A1", expectedVersion: 2), by: NX.actor("05"))
        #expect(NX.errorCode(&exchange, silent) == "exchange.missing_reason")
        let agency = NX.command(.completeAgreement("A1", expectedVersion: 2), by: NX.agency, comment: "x")
        #expect(NX.errorCode(&exchange, agency) == "exchange.not_permitted")
    }

    @Test func cancellingGivesTheUndeliveredVolumeBack() throws {
        var exchange = try Self.exchange(.delivering)
        #expect(exchange.requests[0].remainingCount == 90)
        try NX.run(
            &exchange, [NX.command(.cancelAgreement("A1", expectedVersion: 2), by: NX.agency, comment: "Fel uppgifter")]
        )
        // 3 were delivered, so 7 return to both the request and the offer.
        #expect(exchange.requests[0].remainingCount == 97 && exchange.requests[0].status == .partiallyMatched)
        #expect(exchange.offers[0].remainingCount == 197)
    }

    @Test func onlyThePartiesAndTheAgencySeeAnAgreement() throws {
        let exchange = try Self.exchange()
        #expect(exchange.agreement("A1", visibleTo: .region("05")) != nil)
        #expect(exchange.agreement("A1", visibleTo: .region("06")) != nil)
        #expect(exchange.agreement("A1", visibleTo: .agency) != nil)
        for other in SwedishRegion.all.map(\.code) where other != "05" && other != "06" {
            #expect(exchange.agreements(visibleTo: .region(other)).isEmpty)
        }
    }
}
