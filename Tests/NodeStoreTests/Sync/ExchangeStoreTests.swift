import Foundation
import GRDB
import NodeStore
import Testing
import WireProtocol

/// The node's capacity exchange: the hub's state applied from `exchange-state` pages, and the region's own actions
/// stored together with their outbox entry, shown as waiting until the hub's state (or a rejection) comes back.
@Suite("Exchange store")
struct ExchangeStoreTests {
    let store: NodeStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        store = try NodeStore.inMemory()
    }

    static func offer(_ id: String, version: Int = 1, status: String = "open", settled: Int = 0) -> ExchangeState {
        ExchangeState(
            kind: .offer, id: id, version: version, status: status, region: "03", specialty: "Ortopedi",
            unit: "operations", count: 10, firstWeek: "2026-W48", lastWeek: "2026-W52", radius: "national",
            settled: settled)
    }

    func page(_ states: [ExchangeState], after: Int64 = 0, epoch: String = "e1") throws -> ChangeFeed {
        let changes = try states.enumerated().map { index, state in
            Change(
                sequence: after + Int64(index) + 1, key: state.naturalKey, payload: try CanonicalJSON.jsonValue(state))
        }
        return ChangeFeed(
            stream: .exchangeState, epoch: epoch, after: after, changes: changes,
            nextCursor: changes.last?.sequence ?? after, hasMore: false)
    }

    func apply(_ feed: ChangeFeed, replaceAll: Bool = false) throws {
        try store.applyFeed(
            feed, newCursor: DownloadCursor(epoch: feed.epoch, sequence: feed.nextCursor), replaceAll: replaceAll,
            at: now)
    }

    @Test func aPageUpsertsStatesByKeyAndMovesTheCursorAndAResyncReplacesThem() throws {
        try apply(try page([Self.offer("03-o-1"), Self.offer("03-o-2")]))
        try apply(try page([Self.offer("03-o-1", version: 2, status: "partiallyMatched", settled: 4)], after: 2))
        #expect(try store.exchangeStates().map(\.id) == ["03-o-1", "03-o-2"])
        #expect(try store.exchangeState(.offer, id: "03-o-1")?.settled == 4)
        #expect(try store.downloadCursor(.exchangeState) == DownloadCursor(epoch: "e1", sequence: 3))
        // A resync (the hub's new epoch) starts from 0 and replaces the local copy.
        try apply(try page([Self.offer("03-o-9")], epoch: "e2"), replaceAll: true)
        #expect(try store.exchangeStates().map(\.id) == ["03-o-9"])
    }

    @Test func aStateUnderAnotherKeyIsRefusedAndNothingOfThePageIsStored() throws {
        let good = Self.offer("03-o-1")
        let moved = Change(
            sequence: 2, key: ExchangeState.key(.request, id: "03-o-2"),
            payload: try CanonicalJSON.jsonValue(Self.offer("03-o-2")))
        let feed = ChangeFeed(
            stream: .exchangeState, epoch: "e1", after: 0,
            changes: [Change(sequence: 1, key: good.naturalKey, payload: try CanonicalJSON.jsonValue(good)), moved],
            nextCursor: 2, hasMore: false)
        #expect(throws: (any Error).self) { try apply(feed) }
        #expect(try store.exchangeStates().isEmpty)
        #expect(try store.downloadCursor(.exchangeState) == .start)
    }

    @Test func anActionIsEnqueuedWithItsRowAndWaitsUntilTheHubsStateShowsIt() throws {
        try apply(try page([Self.offer("03-o-1")]))
        let accept = ExchangeMessage(
            regionCode: "01", messageID: "01-m-1", kind: .acceptOffer, subject: "03-o-1", basedOnVersion: 1,
            acceptance: ExchangeAcceptanceTerms(agreementID: "01-a-1", count: 4), issuedAt: "2026-11-18T10:00:00Z")
        try store.recordExchangeMessage(accept, by: "anna", at: now)
        let outbox = try store.outboxItems(.exchangeMessages, after: 0, limit: 10)
        #expect(outbox.map(\.key) == [accept.naturalKey])
        #expect(try outbox[0].decodePayload(as: ExchangeMessage.self) == accept)
        #expect(try store.exchangeActions().map(\.state) == [.waiting])
        // The offer's new version alone does not confirm it: the agreement it makes does.
        try apply(try page([Self.offer("03-o-1", version: 2, status: "partiallyMatched", settled: 4)], after: 1))
        #expect(try store.exchangeActions().map(\.state) == [.waiting])
        let agreement = ExchangeState(
            kind: .agreement, id: "01-a-1", version: 1, status: "agreed", region: "03", counterpart: "01",
            specialty: "Ortopedi", unit: "operations", count: 4, firstWeek: "2026-W48", lastWeek: "2026-W52")
        try apply(try page([agreement], after: 2))
        #expect(try store.exchangeActions().map(\.state) == [.confirmed])
    }

    @Test func aRejectionInTheReceiptShowsTheHubsReason() throws {
        let withdrawal = ExchangeMessage(
            regionCode: "03", messageID: "03-m-2", kind: .withdrawOffer, subject: "03-o-1", basedOnVersion: 1,
            issuedAt: "2026-11-18T10:00:00Z")
        try store.recordExchangeMessage(withdrawal, by: "anna", at: now)
        let item = try #require(try store.outboxItems(.exchangeMessages, after: 0, limit: 10).first)
        _ = try store.recordRejections(
            .exchangeMessages,
            [
                ItemReceipt(
                    sequence: item.sequence, key: item.key, outcome: .rejected, reason: .staleExchangeVersion,
                    message: "Kapacitetserbjudandet 03-o-1 har ändrats av någon annan.")
            ], at: now.addingTimeInterval(5))
        let action = try #require(try store.exchangeActions().first)
        #expect(
            action.state
                == .refused(
                    reason: "stale-exchange-version",
                    message: "Kapacitetserbjudandet 03-o-1 har ändrats av någon annan."))
        #expect(try store.outboxItems(.exchangeMessages, after: 0, limit: 10).isEmpty)
    }

    @Test func aDeliveryCorrectionReplacesThePendingFigureOfItsWeek() throws {
        let first = DeliveryFollowUp(
            regionCode: "03", agreementID: "01-a-1", week: "2026-W48", delivered: 2, basedOnVersion: 1)
        var correction = first
        correction.delivered = 3
        try store.recordDeliveryFollowUp(first, by: "anna", at: now)
        try store.recordDeliveryFollowUp(correction, by: "anna", at: now.addingTimeInterval(1))
        let outbox = try store.outboxItems(.deliveryFollowUps, after: 0, limit: 10)
        #expect(outbox.count == 1)
        #expect(try outbox[0].decodePayload(as: DeliveryFollowUp.self).delivered == 3)
        #expect(try store.exchangeActions().count == 1)
    }
}
