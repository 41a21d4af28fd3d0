/// The deviation items of a region and their weekly escalation rhythm, as a pure state machine.
///
/// An item is opened for a unit, needs a comment (cause, action, owner), and is resolved; a resolved item can
/// be reopened. An item that stays unresolved for ``Configuration/escalateAfterWeeks`` weeks moves to the parent
/// unit, and again after as many more weeks, up to the region and never beyond. Commenting does not stop the
/// clock — only resolving does — because the seeds' escalation structure lifts problems "som inte kan hanteras på
/// den nivå de uppstått på". Time enters only through ``DeviationEvent/weekPassed(_:)``.
public struct DeviationRegister: Sendable {
    /// Register settings.
    public struct Configuration: Hashable, Sendable, Codable {
        /// Weeks an item may stay unresolved at one level before it escalates (at least 1; default 2).
        public var escalateAfterWeeks: Int
        /// Weeks an item may wait for a comment before the weekly rhythm lists it as overdue (at least 1; default 1).
        public var commentDueAfterWeeks: Int
        /// Whether an item must be commented before it can be resolved (default true).
        public var requiresCommentBeforeResolving: Bool

        /// Creates settings.
        public init(
            escalateAfterWeeks: Int = 2, commentDueAfterWeeks: Int = 1, requiresCommentBeforeResolving: Bool = true
        ) {
            self.escalateAfterWeeks = escalateAfterWeeks
            self.commentDueAfterWeeks = commentDueAfterWeeks
            self.requiresCommentBeforeResolving = requiresCommentBeforeResolving
        }
    }

    /// The organisation tree escalation climbs.
    public let tree: OrganisationTree
    /// The settings.
    public let configuration: Configuration
    /// The items by id.
    public private(set) var items: [String: DeviationItem] = [:]
    /// The latest week passed; nil before the first tick.
    public private(set) var currentWeek: ISOWeek?

    /// Creates an empty register.
    ///
    /// - Throws: ``DeviationError/invalidSetting(name:value:minimum:)`` for a setting below its minimum.
    public init(tree: OrganisationTree, configuration: Configuration = Configuration()) throws(DeviationError) {
        guard configuration.escalateAfterWeeks >= 1 else {
            throw .invalidSetting(name: "escalateAfterWeeks", value: configuration.escalateAfterWeeks, minimum: 1)
        }
        guard configuration.commentDueAfterWeeks >= 1 else {
            throw .invalidSetting(name: "commentDueAfterWeeks", value: configuration.commentDueAfterWeeks, minimum: 1)
        }
        self.tree = tree
        self.configuration = configuration
    }

    /// Applies one event. On error nothing changes.
    public mutating func handle(_ event: DeviationEvent) throws(DeviationError) -> [DeviationEffect] {
        switch event {
        case .opened(let opening): return try openItem(opening)
        case .commented(let id, let comment): return try commentItem(id, comment)
        case .resolved(let id, let note): return try resolveItem(id, note)
        case .reopened(let id, let note): return try reopenItem(id, note)
        case .weekPassed(let week): return try passWeek(week)
        }
    }

    private mutating func openItem(_ opening: DeviationOpening) throws(DeviationError) -> [DeviationEffect] {
        guard !opening.id.isBlank else { throw .missingText(id: "", field: "id") }
        guard items[opening.id] == nil else { throw .duplicateItem(opening.id) }
        guard tree.units[opening.unitCode] != nil else { throw .unknownUnit(opening.unitCode) }
        guard !opening.reasons.isEmpty else { throw .noReason(opening.id) }
        // The clock starts when the item enters the register, not in the (possibly earlier) deviation week.
        let start = max(opening.week, currentWeek ?? opening.week)
        items[opening.id] = DeviationItem(
            opening: opening, status: .open, responsibleUnitCode: opening.unitCode, openedWeek: start,
            escalationClock: start, awaitingCommentSince: start, comments: [], escalations: [], resolutions: [],
            reopenings: [])
        return [.itemOpened(id: opening.id, unit: opening.unitCode)]
    }

    private mutating func commentItem(_ id: String, _ comment: DeviationComment) throws(DeviationError)
        -> [DeviationEffect]
    {
        var item = try existing(id)
        guard item.status.isUnresolved else { throw .notAllowed(id: id, status: item.status, event: "kommenteras") }
        for (field, text) in [
            ("orsak", comment.cause), ("åtgärd", comment.action), ("ansvarig", comment.owner),
            ("författare", comment.author),
        ] where text.isBlank {
            throw .missingText(id: id, field: field)
        }
        guard PlanTimestamp.isValid(comment.time) else { throw .invalidTimestamp(comment.time) }
        item.comments.append(comment)
        item.status = .commented
        items[id] = item
        return [.commentRecorded(id: id)]
    }

    private mutating func resolveItem(_ id: String, _ note: DeviationNote) throws(DeviationError) -> [DeviationEffect] {
        var item = try existing(id)
        guard item.status.isUnresolved else { throw .notAllowed(id: id, status: item.status, event: "åtgärdas") }
        if configuration.requiresCommentBeforeResolving, item.status.awaitsComment { throw .commentRequired(id) }
        try check(note, id: id)
        item.resolutions.append(note)
        item.status = .resolved
        items[id] = item
        return [.itemResolved(id: id)]
    }

    private mutating func reopenItem(_ id: String, _ note: DeviationNote) throws(DeviationError) -> [DeviationEffect] {
        var item = try existing(id)
        guard item.status == .resolved else { throw .notAllowed(id: id, status: item.status, event: "återöppnas") }
        try check(note, id: id)
        guard !note.text.isBlank else { throw .missingText(id: id, field: "skäl") }
        let now = max(currentWeek ?? item.openedWeek, item.openedWeek)
        item.reopenings.append(note)
        item.status = .reopened
        item.escalationClock = now
        item.awaitingCommentSince = now
        items[id] = item
        return [.itemReopened(id: id, unit: item.responsibleUnitCode)]
    }

    private mutating func passWeek(_ week: ISOWeek) throws(DeviationError) -> [DeviationEffect] {
        if let currentWeek, week < currentWeek { throw .weekWentBackwards(current: currentWeek, given: week) }
        currentWeek = week
        var effects: [DeviationEffect] = []
        let due = configuration.escalateAfterWeeks
        for id in items.keys.sorted() {
            var item = items[id]!
            guard item.status.isUnresolved else { continue }
            // Catch up one level per elapsed interval, so skipping weeks gives the same result as ticking each.
            while ISOWeek.weeks(from: item.escalationClock, to: week) >= due,
                let parent = tree.units[item.responsibleUnitCode]?.parentCode
            {
                let dueWeek = item.escalationClock.adding(weeks: due)
                let step = DeviationEscalation(from: item.responsibleUnitCode, to: parent, week: dueWeek)
                item.escalations.append(step)
                item.responsibleUnitCode = parent
                item.escalationClock = dueWeek
                effects.append(
                    .escalated(
                        id: id, from: step.from, to: parent, level: tree.units[parent]!.level, week: dueWeek))
            }
            items[id] = item
        }
        return effects
    }

    private func existing(_ id: String) throws(DeviationError) -> DeviationItem {
        guard let item = items[id] else { throw .unknownItem(id) }
        return item
    }

    private func check(_ note: DeviationNote, id: String) throws(DeviationError) {
        guard !note.author.isBlank else { throw .missingText(id: id, field: "författare") }
        guard PlanTimestamp.isValid(note.time) else { throw .invalidTimestamp(note.time) }
    }
}

extension String {
    /// Whether the text is empty or only whitespace.
    fileprivate var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
