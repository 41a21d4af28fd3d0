/// Which kind of thing an ``ExchangeState`` describes.
public enum ExchangeStateKind: String, Codable, Sendable, CaseIterable {
    /// A capacity request.
    case request
    /// A capacity offer.
    case offer
    /// A proposal answering a request or offer.
    case proposal
    /// An agreement between a provider and a recipient.
    case agreement

    /// The key kind on `exchange-state` (`exchange-request`, …).
    public var keyKind: String { "exchange-\(rawValue)" }
}
