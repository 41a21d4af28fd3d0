/// All versions of one unit's production plan, with at most one agreed ("current") version.
///
/// Routes commands to a version's state machine and keeps the invariant across versions: when a version
/// becomes agreed, the previously agreed version is superseded (status ``PlanVersionStatus/superseded``),
/// recorded with the who/when/why of the agreement that replaced it. A version older than the current agreed
/// one can no longer be proposed or agreed. Pure: no I/O; the returned effects say what to persist.
public struct PlanVersions: Hashable, Sendable, Codable {
    /// The organisation unit code the plan is for.
    public let scope: String
    /// The versions, by ascending number.
    public private(set) var versions: [PlanVersion]

    /// Starts the version list with version 1, a draft of `plan`.
    public init(
        plan: ProductionPlan, createdBy actor: PlanActor, at timestamp: String, comment: String = ""
    ) throws(PlanWorkflowError) {
        scope = plan.scope
        versions = [try PlanVersion(number: 1, plan: plan, createdBy: actor, at: timestamp, comment: comment)]
    }

    /// The version numbered `number`, if any.
    public func version(_ number: Int) -> PlanVersion? {
        versions.first { $0.number == number }
    }

    /// The agreed version that steers now, if any.
    public var current: PlanVersion? {
        versions.last { $0.status == .agreed }
    }

    /// Copies version `source` (of any status) into a new draft with the next number and `source` as parent.
    ///
    /// - Returns: the new version's number and the effects.
    public mutating func newVersion(
        from source: Int, by actor: PlanActor, at timestamp: String, comment: String = ""
    ) throws(PlanWorkflowError) -> (number: Int, effects: [PlanEffect]) {
        guard let original = version(source) else { throw .unknownVersion(source) }
        let number = (versions.map(\.number).max() ?? 0) + 1
        versions.append(try original.newVersion(number: number, by: actor, at: timestamp, comment: comment))
        return (number, [.versionCreated(version: number, parent: source)])
    }

    /// Handles `command` for version `number`; when it makes the version agreed, supersedes the previous one.
    ///
    /// - Throws: ``PlanWorkflowError/unknownVersion(_:)``, ``PlanWorkflowError/supersedeIsAutomatic(version:)``,
    ///   ``PlanWorkflowError/olderThanCurrent(version:current:)``, or the version's own refusal. Nothing
    ///   changes when it throws.
    public mutating func handle(_ command: PlanCommand, version number: Int) throws(PlanWorkflowError) -> [PlanEffect] {
        guard let index = versions.firstIndex(where: { $0.number == number }) else { throw .unknownVersion(number) }
        if case .supersede = command.action { throw .supersedeIsAutomatic(version: number) }
        let previous = current
        if let previous, number < previous.number, [.propose, .agree].contains(command.action.kind) {
            throw .olderThanCurrent(version: number, current: previous.number)
        }
        var effects = try versions[index].handle(command)
        if versions[index].status == .agreed, let previous, previous.number != number,
            let previousIndex = versions.firstIndex(where: { $0.number == previous.number })
        {
            let supersede = PlanCommand(
                .supersede(byVersion: number), by: command.actor, at: command.timestamp,
                comment: command.comment)
            effects += try versions[previousIndex].handle(supersede)
        }
        return effects
    }
}
