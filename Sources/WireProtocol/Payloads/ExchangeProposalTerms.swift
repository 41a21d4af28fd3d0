/// A new proposal as it travels in an ``ExchangeMessage``: which posting it answers, with how much and when.
public struct ExchangeProposalTerms: Codable, Hashable, Sendable {
    /// `request` (the sender offers capacity) or `offer` (the sender asks for some of it).
    public var targetKind: String
    /// The answered request's or offer's id.
    public var targetID: String
    /// The sender's own offer (to a request) or request (to an offer) it draws on, if any.
    public var linked: String?
    /// How many units, in the target's unit.
    public var count: Int
    /// The first week.
    public var firstWeek: String
    /// The last week.
    public var lastWeek: String
    /// Free-text conditions (Swedish), if any.
    public var conditions: String?

    /// Creates proposal terms.
    public init(
        targetKind: String, targetID: String, linked: String? = nil, count: Int, firstWeek: String,
        lastWeek: String, conditions: String? = nil
    ) {
        self.targetKind = targetKind
        self.targetID = targetID
        self.linked = linked
        self.count = count
        self.firstWeek = firstWeek
        self.lastWeek = lastWeek
        self.conditions = conditions
    }
}
