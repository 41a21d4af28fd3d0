/// What the driver of the agreement workflow should do after a command: persist, notify, show.
public enum PlanEffect: Hashable, Sendable {
    /// A new draft version was created, from `parent` when given.
    case versionCreated(version: Int, parent: Int?)
    /// The draft's plan changed.
    case planChanged(version: Int)
    /// The draft was proposed; the levels still to agree should be asked.
    case proposed(version: Int, awaiting: [PlanningLevel])
    /// One level agreed; `awaiting` lists the levels still to agree (empty when the version became agreed).
    case agreementRecorded(version: Int, level: PlanningLevel, awaiting: [PlanningLevel])
    /// The version is agreed and is now the steering plan.
    case versionAgreed(version: Int)
    /// The proposal was rejected and returned to draft.
    case returnedToDraft(version: Int, reason: String)
    /// The previously agreed version was superseded by a newer agreed one.
    case versionSuperseded(version: Int, byVersion: Int)
}
