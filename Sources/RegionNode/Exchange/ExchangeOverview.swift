public import NodeStore
public import WireProtocol

/// The exchange as the node shows it, split the way a planner reads it: what the network offers and asks, what
/// the region itself has posted, proposals, agreements, and the region's own actions with their state.
public struct ExchangeOverview: Sendable {
    /// The region's county code, if known.
    public var regionCode: String?
    /// Every state the node holds.
    public var states: [ExchangeState]
    /// The region's actions, newest first.
    public var actions: [StoredExchangeAction]

    /// Live postings (open or partially matched).
    public static let liveStatuses: Set<String> = ["open", "partiallyMatched"]

    /// Other regions' live requests and offers.
    public var network: [ExchangeState] {
        states.filter {
            ($0.kind == .request || $0.kind == .offer) && $0.region != regionCode
                && Self.liveStatuses.contains($0.status)
        }
    }

    /// The region's own requests and offers.
    public var own: [ExchangeState] {
        states.filter { ($0.kind == .request || $0.kind == .offer) && $0.region == regionCode }
    }

    /// Proposals the region made or received.
    public var proposals: [ExchangeState] { states.filter { $0.kind == .proposal } }

    /// Agreements the region is a party to.
    public var agreements: [ExchangeState] { states.filter { $0.kind == .agreement } }
}
