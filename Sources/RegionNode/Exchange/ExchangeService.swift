public import Foundation
import Hummingbird
public import NodeStore
public import PlanningDomain
import ServerSupport
import SyncEngine
public import WireProtocol

/// The node's side of the capacity exchange: reads the hub's state the node downloaded and turns a user's action
/// into one message (or delivery figure) stored and enqueued in one transaction. The hub decides; this service
/// checks only what it can know locally (the role, complete input, the version last seen, no personnummer) so a
/// user gets a Swedish answer at once instead of a rejection after the next sync.
public struct ExchangeService: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    /// A service over `store` with `now` as the clock.
    public init(store: NodeStore, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.now = now
    }

    /// Roles that may act in the exchange: production analysts and strategic or tactical managers (the levels
    /// that own production plans and agreements). Everyone logged in may read.
    public static let actingRoles: Set<NodeRole> = [.analyst, .strategic, .tactical]

    /// Whether `user` may act.
    public static func mayAct(_ user: NodeUser) -> Bool { actingRoles.contains(user.role) }

    /// The region's county code: the one sync bound the database to (``NodeStore/bindRegion(_:at:)``), or the
    /// organisation tree's root when it is a county code (`05` or `R05`); nil when neither is known.
    public func regionCode() throws -> String? {
        if let bound = try store.boundRegion() { return bound }
        guard let root = try store.organisationTree()?.rootCode else { return nil }
        let code = root.hasPrefix("R") ? String(root.dropFirst()) : root
        return SwedishRegion.withCode(code) != nil ? code : nil
    }

    /// Everything the page and the API show.
    public func overview() throws -> ExchangeOverview {
        ExchangeOverview(
            regionCode: try regionCode(), states: try store.exchangeStates(), actions: try store.exchangeActions())
    }

    /// Carries out `input` for `user`: the message is stored and enqueued, shown as waiting until the hub's state
    /// comes back.
    ///
    /// - Returns: the outbox key of what was enqueued.
    /// - Throws: ``ServerSupport/APIError`` (403 role, 404 unknown subject, 409 no region code, 422 input).
    @discardableResult
    public func perform(_ input: ExchangeActionInput, by user: NodeUser) throws -> NaturalKey {
        guard Self.mayAct(user) else {
            throw APIError(
                .forbidden, code: "exchange.forbidden",
                message: "Rollen \(user.role.swedishLabel) får läsa kapacitetsutbytet men inte agera i det; det får "
                    + "produktionsanalytiker och strategiska eller taktiska chefer.")
        }
        guard let region = try regionCode() else {
            throw APIError(
                .conflict, code: "exchange.no_region",
                message: "Nodens länskod är okänd. Ange regionkoden i synkinställningarna (hub.region) och synka en "
                    + "gång innan du agerar i kapacitetsutbytet.")
        }
        let builder = ExchangeMessageBuilder(region: region, user: user.username, at: now(), store: store)
        let at = now()
        switch try builder.build(input) {
        case .message(let message):
            try scan(message)
            try store.recordExchangeMessage(message, by: user.username, at: at)
            return message.naturalKey
        case .delivery(let followUp):
            try scan(followUp)
            try store.recordDeliveryFollowUp(followUp, by: user.username, at: at)
            return followUp.naturalKey
        }
    }

    /// Refuses anything that looks like a personnummer: the exchange carries volumes and weeks, never patients.
    private func scan(_ payload: some Encodable) throws {
        if let path = PayloadScan.personalIdentifierPath(in: try CanonicalJSON.jsonValue(payload)) {
            throw APIError(
                .unprocessableContent, code: "exchange.personal_identifier",
                message: "Texten (\(path)) innehåller något som liknar ett personnummer. I kapacitetsutbytet delas "
                    + "bara volymer, grupper och veckor, aldrig patientuppgifter; ta bort det och försök igen.")
        }
    }
}
