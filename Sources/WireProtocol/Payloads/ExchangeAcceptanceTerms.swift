/// What an acceptance in an ``ExchangeMessage`` makes: the new agreement's id and, for a direct acceptance of
/// an offer, how much of it, when, and for which of the sender's own requests.
public struct ExchangeAcceptanceTerms: Codable, Hashable, Sendable {
    /// The new agreement's id (`<region>-…`, unique among agreements).
    public var agreementID: String
    /// Units taken (`acceptOffer` only; required there).
    public var count: Int?
    /// First week taken (`acceptOffer`; absent: the offer's whole period, then `lastWeek` is absent too).
    public var firstWeek: String?
    /// Last week taken.
    public var lastWeek: String?
    /// The sender's own live request the agreement serves (`acceptOffer`), if any.
    public var requestID: String?

    /// Creates acceptance terms.
    public init(
        agreementID: String, count: Int? = nil, firstWeek: String? = nil, lastWeek: String? = nil,
        requestID: String? = nil
    ) {
        self.agreementID = agreementID
        self.count = count
        self.firstWeek = firstWeek
        self.lastWeek = lastWeek
        self.requestID = requestID
    }
}
