/// Where a capacity exchange stands, as the hub decides.
public enum ExchangeStatus: String, Codable, Sendable, CaseIterable {
    /// Requested, no offer yet.
    case open
    /// At least one offer.
    case offered
    /// An offer was accepted.
    case accepted
    /// Delivered and closed.
    case closed
    /// Withdrawn by the requester.
    case withdrawn
}

/// An offer as the hub recorded it.
public struct ExchangeOffer: Codable, Hashable, Sendable {
    /// The offering region.
    public var regionCode: String
    /// The offer message's id.
    public var messageID: String
    /// Offered volume.
    public var volume: Double

    /// Creates an offer.
    public init(regionCode: String, messageID: String, volume: Double) {
        self.regionCode = regionCode
        self.messageID = messageID
        self.volume = volume
    }
}

/// Payload of the `exchange-state` stream: the hub's authoritative state of one exchange. `version` increases
/// with every change and is what ``ExchangeMessage/basedOnVersion`` refers to.
public struct ExchangeState: Codable, Hashable, Sendable {
    /// The exchange.
    public var exchangeID: String
    /// The state's version.
    public var version: Int
    /// The requesting region.
    public var requestingRegion: String
    /// Status.
    public var status: ExchangeStatus
    /// Group.
    public var group: String
    /// Requested volume.
    public var volume: Double
    /// Period.
    public var period: String
    /// Offers received, in arrival order.
    public var offers: [ExchangeOffer]
    /// The accepted offer's message id.
    public var acceptedOffer: String?

    /// Creates a state.
    public init(
        exchangeID: String, version: Int, requestingRegion: String, status: ExchangeStatus, group: String,
        volume: Double, period: String, offers: [ExchangeOffer] = [], acceptedOffer: String? = nil
    ) {
        self.exchangeID = exchangeID
        self.version = version
        self.requestingRegion = requestingRegion
        self.status = status
        self.group = group
        self.volume = volume
        self.period = period
        self.offers = offers
        self.acceptedOffer = acceptedOffer
    }

    /// `hub/exchange/<id>`.
    public var naturalKey: NaturalKey { NaturalKey(owner: "hub", kind: "exchange", parts: [exchangeID]) }
}
