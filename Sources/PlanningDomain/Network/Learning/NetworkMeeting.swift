/// A meeting of the learning network, recorded by the agency: when, what, which themes, and notes.
public struct NetworkMeeting: Hashable, Sendable, Codable {
    /// The hub's id.
    public let id: String
    /// The day of the meeting.
    public let date: CivilDate
    /// The title, e.g. "Nätverksträff: realistiska produktionsplaner".
    public let title: String
    /// The themes discussed (at least one, no repeats, in the order given).
    public let themes: [LearningTheme]
    /// Notes (may be empty).
    public let notes: String
    /// The curator who recorded it.
    public let recordedBy: NetworkActor
    /// When it was recorded (the caller's ISO 8601 timestamp).
    public let recordedAt: String

    /// Records a meeting.
    ///
    /// - Throws: ``NetworkMeetingError`` when the actor is not the agency, the id or title is empty, or no
    ///   theme is given.
    public init(
        id: String, date: CivilDate, title: String, themes: [LearningTheme], notes: String = "",
        recordedBy actor: NetworkActor, at timestamp: String
    ) throws(NetworkMeetingError) {
        guard !PlanText.trimmed(actor.userID).isEmpty else { throw .missingUser }
        guard PlanTimestamp.isValid(timestamp) else { throw .invalidTimestamp(timestamp) }
        guard actor.tenant == .agency else { throw .notPermitted(actor.tenant) }
        guard !PlanText.trimmed(id).isEmpty else { throw .missingID }
        guard !PlanText.trimmed(title).isEmpty else { throw .missingTitle }
        var unique: [LearningTheme] = []
        for theme in themes where !unique.contains(theme) { unique.append(theme) }
        guard !unique.isEmpty else { throw .missingTheme }
        self.id = id
        self.date = date
        self.title = PlanText.trimmed(title)
        self.themes = unique
        self.notes = notes
        recordedBy = actor
        recordedAt = timestamp
    }

    /// Whether `tenant` may read it: every tenant (meetings are the network's shared record).
    public func isVisible(to tenant: NetworkTenant) -> Bool { true }
}
