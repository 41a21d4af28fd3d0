/// Where a deviation item stands.
public enum DeviationStatus: String, CaseIterable, Sendable, Codable {
    /// Opened; waiting for a comment.
    case open
    /// Commented (cause, action, owner); waiting to be resolved.
    case commented
    /// Resolved.
    case resolved
    /// Resolved once, then reopened; waiting for a new comment.
    case reopened

    /// Whether the item still needs work (everything but resolved).
    public var isUnresolved: Bool { self != .resolved }

    /// Whether the item waits for a comment.
    public var awaitsComment: Bool { self == .open || self == .reopened }

    /// Swedish name for planners.
    public var swedishName: String {
        switch self {
        case .open: "öppen"
        case .commented: "kommenterad"
        case .resolved: "åtgärdad"
        case .reopened: "återöppnad"
        }
    }
}

/// One escalation step: the item moved from a unit to its parent in a week.
public struct DeviationEscalation: Hashable, Sendable, Codable {
    /// The unit that had the item.
    public var from: String
    /// The parent unit that has it now.
    public var to: String
    /// The week the escalation fell due.
    public var week: ISOWeek

    /// Creates an escalation step.
    public init(from: String, to: String, week: ISOWeek) {
        self.from = from
        self.to = to
        self.week = week
    }
}

/// How an item was resolved, or why it was reopened: who, when and a note.
public struct DeviationNote: Hashable, Sendable, Codable {
    /// The user id.
    public var author: String
    /// The caller's ISO 8601 timestamp.
    public var time: String
    /// The note.
    public var text: String

    /// Creates a note.
    public init(author: String, time: String, text: String) {
        self.author = author
        self.time = time
        self.text = text
    }
}

/// A deviation item ("avvikelse") in the register, with its whole history.
public struct DeviationItem: Hashable, Sendable, Codable {
    /// What opened it.
    public var opening: DeviationOpening
    /// The status.
    public var status: DeviationStatus
    /// The unit that has the item now (the opening unit, or an ancestor after escalation).
    public var responsibleUnitCode: String
    /// The week the item was opened in the register (never before the register's current week).
    public var openedWeek: ISOWeek
    /// The week the escalation clock counts from: opening, reopening or the latest escalation.
    public var escalationClock: ISOWeek
    /// The week since when the item has waited for a comment (meaningful while it awaits one).
    public var awaitingCommentSince: ISOWeek
    /// Comments, oldest first.
    public var comments: [DeviationComment]
    /// Escalation steps, oldest first.
    public var escalations: [DeviationEscalation]
    /// Resolutions, oldest first (more than one after a reopening).
    public var resolutions: [DeviationNote]
    /// Reopenings, oldest first.
    public var reopenings: [DeviationNote]

    /// The item's id.
    public var id: String { opening.id }
}
