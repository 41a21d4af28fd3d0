/// Payload of the `delivery-follow-ups` stream: what an accepted exchange delivered in a period, reported by
/// the delivering region.
public struct DeliveryFollowUp: Codable, Hashable, Sendable {
    /// The reporting (delivering) region.
    public var regionCode: String
    /// The exchange.
    public var exchangeID: String
    /// The period reported (`2025-W11`).
    public var period: String
    /// Volume agreed for the period.
    public var plannedVolume: Double
    /// Volume delivered in the period.
    public var deliveredVolume: Double
    /// A comment on deviations (Swedish).
    public var comment: String?

    /// Creates a follow-up.
    public init(
        regionCode: String, exchangeID: String, period: String, plannedVolume: Double, deliveredVolume: Double,
        comment: String? = nil
    ) {
        self.regionCode = regionCode
        self.exchangeID = exchangeID
        self.period = period
        self.plannedVolume = plannedVolume
        self.deliveredVolume = deliveredVolume
        self.comment = comment
    }

    /// `region/delivery/exchange/period`.
    public var naturalKey: NaturalKey {
        NaturalKey(owner: regionCode, kind: "delivery", parts: [exchangeID, period])
    }
}
