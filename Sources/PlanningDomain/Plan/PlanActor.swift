/// Who acts on a plan version: a user id and the planning level they act for.
public struct PlanActor: Hashable, Sendable, Codable {
    /// The user's id (opaque; the node's user directory resolves it).
    public var userID: String
    /// The planning level the user acts for in this step.
    public var level: PlanningLevel

    /// Creates an actor.
    public init(userID: String, level: PlanningLevel) {
        self.userID = userID
        self.level = level
    }
}
