/// What opens a deviation item: who it is for, which week, and why.
public struct DeviationOpening: Hashable, Sendable, Codable {
    /// The item's id, chosen by the caller (unique in the register), e.g. "O1-2025-W07".
    public var id: String
    /// The unit that must act first: the planning object's producing unit, or the unit whose figures deviate.
    public var unitCode: String
    /// The planning object, when the deviation is an object's.
    public var objectCode: String?
    /// The week the deviation was seen in.
    public var week: ISOWeek
    /// Why (at least one reason).
    public var reasons: [DeviationReason]
    /// The figures that deviated, when there are any.
    public var figures: PlannedActual?

    /// Creates an opening.
    public init(
        id: String, unitCode: String, objectCode: String? = nil, week: ISOWeek, reasons: [DeviationReason],
        figures: PlannedActual? = nil
    ) {
        self.id = id
        self.unitCode = unitCode
        self.objectCode = objectCode
        self.week = week
        self.reasons = reasons
        self.figures = figures
    }
}

/// A comment on a deviation: the cause, the action and who owns the action ("orsak, åtgärd, ansvarig").
public struct DeviationComment: Hashable, Sendable, Codable {
    /// Orsak: why the outcome deviates.
    public var cause: String
    /// Åtgärd: what is being done.
    public var action: String
    /// Ansvarig: who owns the action.
    public var owner: String
    /// Who wrote the comment (user id).
    public var author: String
    /// When, as the caller's ISO 8601 timestamp.
    public var time: String

    /// Creates a comment.
    public init(cause: String, action: String, owner: String, author: String, time: String) {
        self.cause = cause
        self.action = action
        self.owner = owner
        self.author = author
        self.time = time
    }
}
