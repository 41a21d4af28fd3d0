/// One week's delivered volume of an agreement in an ``ExchangeState``.
public struct ExchangeDeliveryWeek: Codable, Hashable, Sendable {
    /// The week (`2026-W11`).
    public var week: String
    /// Units delivered.
    public var delivered: Int

    /// Creates a week's figure.
    public init(week: String, delivered: Int) {
        self.week = week
        self.delivered = delivered
    }
}
