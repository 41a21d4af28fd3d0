/// One version of a production plan and its agreement workflow (överenskommelse), as a pure state machine.
///
/// ```
/// draft ──propose (taktisk)──▶ proposed ──agree (taktisk) + agree (strategisk)──▶ agreed ──supersede──▶ superseded
///   ▲  edit                      │ reject (with reason)
///   └────────────────────────────┘
/// ```
///
/// The two agreements come from two different users at the tactical and the strategic level, in either order;
/// the proposer may give the tactical agreement. An agreed version is immutable: changing it means
/// ``newVersion(number:by:at:comment:)`` and a new agreement. Every step is recorded in ``history`` with who,
/// level, when and why. ``handle(_:)`` does no I/O; it returns the ``PlanEffect``s for the driver to carry out.
public struct PlanVersion: Hashable, Sendable, Codable {
    /// The levels whose agreement makes a proposal agreed.
    public static let requiredLevels: [PlanningLevel] = [.tactical, .strategic]

    /// The version number (1, 2, ...), unique within a plan's versions.
    public let number: Int
    /// The version this one was copied from, if any.
    public let parent: Int?
    /// The plan.
    public private(set) var plan: ProductionPlan
    /// Where the version is in the workflow.
    public private(set) var status: PlanVersionStatus
    /// The agreements given to the current proposal (empty unless proposed or agreed).
    public private(set) var agreements: [PlanEvent]
    /// Everything that happened to the version, oldest first.
    public private(set) var history: [PlanEvent]

    /// Creates a draft version.
    ///
    /// - Throws: ``PlanWorkflowError/missingUser`` or ``PlanWorkflowError/invalidTimestamp(_:)``.
    public init(
        number: Int, parent: Int? = nil, plan: ProductionPlan, createdBy actor: PlanActor, at timestamp: String,
        comment: String = ""
    ) throws(PlanWorkflowError) {
        try Self.validate(actor: actor, timestamp: timestamp)
        self.number = number
        self.parent = parent
        self.plan = plan
        self.status = .draft
        self.agreements = []
        self.history = [PlanEvent(.created(parent: parent), by: actor, at: timestamp, comment: comment)]
    }

    /// A new draft numbered `number` with a copy of this version's plan and this version recorded as parent.
    /// Allowed from any status; it is how an agreed plan is changed.
    public func newVersion(
        number: Int, by actor: PlanActor, at timestamp: String, comment: String = ""
    ) throws(PlanWorkflowError) -> PlanVersion {
        try PlanVersion(
            number: number, parent: self.number, plan: plan, createdBy: actor, at: timestamp, comment: comment)
    }

    /// The required levels that have not yet agreed to the current proposal.
    public var awaitingLevels: [PlanningLevel] {
        Self.requiredLevels.filter { level in !agreements.contains { $0.actor.level == level } }
    }

    /// Handles one command: checks it against the status, changes the version, and returns what to do next.
    ///
    /// - Throws: a ``PlanWorkflowError`` naming the version, status and command; the version is unchanged then.
    public mutating func handle(_ command: PlanCommand) throws(PlanWorkflowError) -> [PlanEffect] {
        try Self.validate(actor: command.actor, timestamp: command.timestamp)
        let actor = command.actor
        let kind = command.action.kind
        switch (status, command.action) {
        case (.draft, .edit(let edit)):
            do throws(ProductionPlanError) {
                try edit.apply(to: &plan)
            } catch {
                throw .editRejected(version: number, error)
            }
            record(.edited(edit), command)
            return [.planChanged(version: number)]

        case (.agreed, .edit):
            throw .agreedIsImmutable(version: number)

        case (.draft, .propose):
            try require(actor, in: [.tactical], for: kind)
            status = .proposed
            agreements = []
            record(.proposed, command)
            return [.proposed(version: number, awaiting: awaitingLevels)]

        case (.proposed, .agree):
            try require(actor, in: Self.requiredLevels, for: kind)
            if let same = agreements.first(where: { $0.actor.level == actor.level }) {
                throw .levelAlreadyAgreed(version: number, level: actor.level, userID: same.actor.userID)
            }
            if let same = agreements.first(where: { $0.actor.userID == actor.userID }) {
                throw .userAlreadyAgreed(version: number, userID: actor.userID, level: same.actor.level)
            }
            let event = PlanEvent(.agreed(actor.level), by: actor, at: command.timestamp, comment: command.comment)
            agreements.append(event)
            history.append(event)
            var effects: [PlanEffect] = [
                .agreementRecorded(version: number, level: actor.level, awaiting: awaitingLevels)
            ]
            if awaitingLevels.isEmpty {
                status = .agreed
                effects.append(.versionAgreed(version: number))
            }
            return effects

        case (.proposed, .reject):
            try require(actor, in: Self.requiredLevels, for: kind)
            let reason = PlanText.trimmed(command.comment)
            guard !reason.isEmpty else { throw .missingReason(version: number) }
            status = .draft
            agreements = []
            record(.rejected, command)
            return [.returnedToDraft(version: number, reason: reason)]

        case (.agreed, .supersede(let newer)):
            status = .superseded
            record(.superseded(byVersion: newer), command)
            return [.versionSuperseded(version: number, byVersion: newer)]

        case (.draft, _), (.proposed, _), (.agreed, _), (.superseded, _):
            throw .notAllowed(version: number, status: status, command: kind)
        }
    }

    private mutating func record(_ kind: PlanEvent.Kind, _ command: PlanCommand) {
        history.append(PlanEvent(kind, by: command.actor, at: command.timestamp, comment: command.comment))
    }

    private func require(
        _ actor: PlanActor, in levels: [PlanningLevel], for kind: PlanCommand.Kind
    ) throws(PlanWorkflowError) {
        guard levels.contains(actor.level) else {
            throw .wrongLevel(version: number, command: kind, level: actor.level, allowed: levels)
        }
    }

    static func validate(actor: PlanActor, timestamp: String) throws(PlanWorkflowError) {
        guard !PlanText.trimmed(actor.userID).isEmpty else { throw .missingUser }
        guard PlanTimestamp.isValid(timestamp) else { throw .invalidTimestamp(timestamp) }
    }
}
