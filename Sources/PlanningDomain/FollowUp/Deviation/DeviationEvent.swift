/// What happens to the deviation register.
public enum DeviationEvent: Hashable, Sendable, Codable {
    /// A rule opened an item.
    case opened(DeviationOpening)
    /// Someone commented an item (cause, action, owner).
    case commented(id: String, DeviationComment)
    /// Someone resolved an item.
    case resolved(id: String, DeviationNote)
    /// Someone reopened a resolved item; the note says why.
    case reopened(id: String, DeviationNote)
    /// The calendar reached `week` (the weekly rhythm's tick). Weeks never go backwards.
    case weekPassed(ISOWeek)
}

/// What the driver of the register should do after an event: persist, notify, show.
public enum DeviationEffect: Hashable, Sendable {
    /// An item was opened and is with `unit`.
    case itemOpened(id: String, unit: String)
    /// A comment was recorded.
    case commentRecorded(id: String)
    /// The item was resolved.
    case itemResolved(id: String)
    /// The item was reopened and is with `unit`.
    case itemReopened(id: String, unit: String)
    /// The item moved up one level: notify the new unit.
    case escalated(id: String, from: String, to: String, level: OrganisationLevel, week: ISOWeek)
}
