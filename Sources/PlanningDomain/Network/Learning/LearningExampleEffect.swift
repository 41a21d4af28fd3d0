/// What the driver should do after a learning-example command: persist, notify, distribute.
public enum LearningExampleEffect: Hashable, Sendable {
    /// The working draft changed.
    case draftChanged(version: Int)
    /// A revision was submitted; the agency's curators should be told.
    case submittedForReview(revision: Int)
    /// A comment was added; the other side (region or agency) should be told.
    case commentAdded(by: NetworkTenant)
    /// The agency asked for changes; the owning region should be told, with `reason`.
    case returnedToAuthor(reason: String)
    /// A revision was published; distribute it to every region (replacing any earlier published revision).
    case published(revision: Int)
    /// The agency rejected it; the owning region should be told, with `reason`.
    case rejected(reason: String)
    /// A new draft was started from the latest revision; a published revision stays public meanwhile.
    case reopened(fromRevision: Int)
}
