/// What an exchange message says.
public enum ExchangeMessageKind: String, Codable, Sendable, CaseIterable {
    /// A region asks for capacity.
    case request
    /// A region offers capacity against a request.
    case offer
    /// The requesting region accepts an offer.
    case acceptance
    /// The sender withdraws its earlier request or offer.
    case withdrawal
}

/// Payload of the `exchange-messages` stream: a capacity-exchange message from the sending region. The hub is
/// authoritative for the exchange's state and checks `basedOnVersion` (optimistic concurrency).
public struct ExchangeMessage: Codable, Hashable, Sendable {
    /// The sending region.
    public var regionCode: String
    /// The exchange (chosen by the requester for a request, the hub's id otherwise).
    public var exchangeID: String
    /// The message's id within the sending region (unique).
    public var messageID: String
    /// What the message says.
    public var kind: ExchangeMessageKind
    /// The exchange version the sender saw; nil for a new request.
    public var basedOnVersion: Int?
    /// Specialty or planning-object group.
    public var group: String
    /// Volume (visits, operations, bed-days) asked for or offered.
    public var volume: Double?
    /// The period (`2025-W10..2025-W14`).
    public var period: String?
    /// A note (Swedish).
    public var note: String?

    /// Creates a message.
    public init(
        regionCode: String, exchangeID: String, messageID: String, kind: ExchangeMessageKind,
        basedOnVersion: Int? = nil, group: String, volume: Double? = nil, period: String? = nil, note: String? = nil
    ) {
        self.regionCode = regionCode
        self.exchangeID = exchangeID
        self.messageID = messageID
        self.kind = kind
        self.basedOnVersion = basedOnVersion
        self.group = group
        self.volume = volume
        self.period = period
        self.note = note
    }

    /// `region/exchange-message/exchange/message`.
    public var naturalKey: NaturalKey {
        NaturalKey(owner: regionCode, kind: "exchange-message", parts: [exchangeID, messageID])
    }
}
