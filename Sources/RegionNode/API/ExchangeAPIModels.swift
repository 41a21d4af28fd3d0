import Foundation
import NodeStore
import WireProtocol

/// The exchange API's response shapes.
enum ExchangeAPI {
    /// `GET /exchange`.
    struct Overview: Codable, Sendable {
        /// The region's county code, if known.
        var regionCode: String?
        /// The hub's state as this region may see it (requests, offers, proposals, agreements).
        var states: [ExchangeState]
        /// The region's own actions, newest first.
        var actions: [Action]

        init(_ overview: ExchangeOverview) {
            regionCode = overview.regionCode
            states = overview.states
            actions = overview.actions.map(Action.init)
        }
    }

    /// One of the region's actions.
    struct Action: Codable, Sendable {
        /// The outbox key.
        var key: String
        /// The stream.
        var stream: String
        /// The kind (`postOffer`, …, `recordDelivery`).
        var kind: String
        /// The subject.
        var subject: String
        /// The user.
        var createdBy: String
        /// When.
        var createdAt: Date
        /// `waiting`, `confirmed` or `refused`.
        var state: String
        /// The hub's reason code when refused.
        var reason: String?
        /// The hub's message when refused.
        var message: String?

        init(_ action: StoredExchangeAction) {
            key = action.key.rawValue
            stream = action.stream.rawValue
            kind = action.kind
            subject = action.subject
            createdBy = action.createdBy
            createdAt = action.createdAt
            switch action.state {
            case .waiting: state = "waiting"
            case .confirmed: state = "confirmed"
            case .refused(let reason, let message):
                state = "refused"
                self.reason = reason
                self.message = message
            }
        }
    }

    /// `POST /exchange/actions` (202).
    struct Accepted: Codable, Sendable {
        /// The outbox key of what was enqueued.
        var key: String
        /// Always `waiting`.
        var state: String
    }
}
