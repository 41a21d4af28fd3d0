/// One capacity-exchange action as the web form and `POST /api/v1/exchange/actions` send it. Which fields count
/// depends on `action`:
///
/// | action | fields |
/// |---|---|
/// | `request`, `offer` | specialty, planningObjectGroup?, unit, count, firstWeek, lastWeek, priority? (request), radius, conditions? |
/// | `propose` | subject (the other region's request or offer), count, firstWeek, lastWeek, conditions? |
/// | `accept-offer` | subject (offer), count, firstWeek?/lastWeek? (default: the offer's weeks), requestID? |
/// | `accept-proposal` | subject (a proposal to the region) |
/// | `decline-proposal` | subject, comment (the reason) |
/// | `withdraw` | subject (own request, offer or proposal) |
/// | `close` | subject (own partially or fully matched request or offer) |
/// | `delivery` | subject (agreement the region provides), week, count (delivered), comment? |
/// | `complete`, `cancel` | subject (agreement), comment (required to cancel, or to complete short) |
public struct ExchangeActionInput: Codable, Sendable, Hashable {
    /// What to do (see the table).
    public var action: String
    /// The request, offer, proposal or agreement acted on.
    public var subject: String?
    /// The specialty.
    public var specialty: String?
    /// The planning-object group.
    public var planningObjectGroup: String?
    /// `visits`, `operations` or `bedDays`.
    public var unit: String?
    /// A volume (whole number).
    public var count: Int?
    /// First week (`2026-W10`).
    public var firstWeek: String?
    /// Last week.
    public var lastWeek: String?
    /// One week (deliveries).
    public var week: String?
    /// `high`, `normal` or `low`.
    public var priority: String?
    /// `neighbours`, `healthcareRegion` or `national`.
    public var radius: String?
    /// Conditions (free text).
    public var conditions: String?
    /// A reason or comment (free text).
    public var comment: String?
    /// The region's own request an accepted offer serves.
    public var requestID: String?

    /// Creates an input.
    public init(
        action: String, subject: String? = nil, specialty: String? = nil, planningObjectGroup: String? = nil,
        unit: String? = nil, count: Int? = nil, firstWeek: String? = nil, lastWeek: String? = nil,
        week: String? = nil, priority: String? = nil, radius: String? = nil, conditions: String? = nil,
        comment: String? = nil, requestID: String? = nil
    ) {
        self.action = action
        self.subject = subject
        self.specialty = specialty
        self.planningObjectGroup = planningObjectGroup
        self.unit = unit
        self.count = count
        self.firstWeek = firstWeek
        self.lastWeek = lastWeek
        self.week = week
        self.priority = priority
        self.radius = radius
        self.conditions = conditions
        self.comment = comment
        self.requestID = requestID
    }
}
