/// Why the agreement workflow refused a command. ``message`` is Swedish, for planners.
public enum PlanWorkflowError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The command is not allowed in the version's current status.
    case notAllowed(version: Int, status: PlanVersionStatus, command: PlanCommand.Kind)
    /// An edit was attempted on an agreed version, which is immutable.
    case agreedIsImmutable(version: Int)
    /// The actor's level may not perform the command.
    case wrongLevel(version: Int, command: PlanCommand.Kind, level: PlanningLevel, allowed: [PlanningLevel])
    /// The level has already agreed to this proposal.
    case levelAlreadyAgreed(version: Int, level: PlanningLevel, userID: String)
    /// The user has already agreed to this proposal (at another level); two different users are needed.
    case userAlreadyAgreed(version: Int, userID: String, level: PlanningLevel)
    /// A rejection needs a reason.
    case missingReason(version: Int)
    /// The command has no user id.
    case missingUser
    /// The timestamp is not an ISO 8601 date and time.
    case invalidTimestamp(String)
    /// The edit itself was refused by the plan.
    case editRejected(version: Int, ProductionPlanError)
    /// No version with that number exists.
    case unknownVersion(Int)
    /// The version is older than the currently agreed version and cannot be proposed or agreed.
    case olderThanCurrent(version: Int, current: Int)
    /// Superseding happens only by agreeing a newer version, never on request.
    case supersedeIsAutomatic(version: Int)

    /// A stable code for logs and APIs, e.g. "plan_workflow.agreed_is_immutable".
    public var code: String {
        switch self {
        case .notAllowed: "plan_workflow.not_allowed"
        case .agreedIsImmutable: "plan_workflow.agreed_is_immutable"
        case .wrongLevel: "plan_workflow.wrong_level"
        case .levelAlreadyAgreed: "plan_workflow.level_already_agreed"
        case .userAlreadyAgreed: "plan_workflow.user_already_agreed"
        case .missingReason: "plan_workflow.missing_reason"
        case .missingUser: "plan_workflow.missing_user"
        case .invalidTimestamp: "plan_workflow.invalid_timestamp"
        case .editRejected: "plan_workflow.edit_rejected"
        case .unknownVersion: "plan_workflow.unknown_version"
        case .olderThanCurrent: "plan_workflow.older_than_current"
        case .supersedeIsAutomatic: "plan_workflow.supersede_is_automatic"
        }
    }

    /// A Swedish sentence naming the version, the state and the fix.
    public var message: String {
        switch self {
        case let .notAllowed(version, status, command):
            "Version \(version) är \(status.swedishName) och går inte att \(command.swedishName). "
                + Self.hint(for: status)
        case let .agreedIsImmutable(version):
            "Version \(version) är överenskommen och kan inte ändras. "
                + "Skapa en ny version (utkast) och ta den genom en ny överenskommelse."
        case let .wrongLevel(version, command, level, allowed):
            "Version \(version) kan inte \(command.swedishName)s på \(level.swedishName); "
                + "det görs på \(allowed.map(\.swedishName).joined(separator: " eller "))."
        case let .levelAlreadyAgreed(version, level, userID):
            "Version \(version) är redan godkänd på \(level.swedishName) (av \(userID)). "
                + "Nu behövs godkännande från den andra nivån."
        case let .userAlreadyAgreed(version, userID, level):
            "\(userID) har redan godkänt version \(version) på \(level.swedishName). "
                + "Överenskommelsen kräver två olika personer på taktisk och strategisk nivå."
        case let .missingReason(version):
            "Ange ett skäl när version \(version) avvisas, så att den som äger planen vet vad som ska ändras."
        case .missingUser:
            "Användare saknas. Varje steg i överenskommelsen måste ha en namngiven användare."
        case let .invalidTimestamp(text):
            "Tidpunkten \"\(text)\" är inte en ISO 8601-tidpunkt; ange t.ex. 2025-03-14T09:30:00+01:00."
        case let .editRejected(version, error):
            "Version \(version) ändrades inte: \(error.message)"
        case let .unknownVersion(version):
            "Version \(version) finns inte för den här produktionsplanen."
        case let .olderThanCurrent(version, current):
            "Version \(version) är äldre än den gällande överenskomna version \(current). "
                + "Skapa en ny version från version \(current) i stället."
        case let .supersedeIsAutomatic(version):
            "Version \(version) kan inte ersättas direkt; den ersätts när en nyare version blir överenskommen."
        }
    }

    /// The Swedish ``message``.
    public var description: String { message }

    private static func hint(for status: PlanVersionStatus) -> String {
        switch status {
        case .draft: "Föreslå utkastet för överenskommelse först."
        case .proposed: "Avvisa förslaget för att återföra det till utkast, eller godkänn det."
        case .agreed: "Skapa en ny version (utkast) och ta den genom en ny överenskommelse."
        case .superseded: "Versionen är ersatt; skapa en ny version från den gällande versionen."
        }
    }
}
