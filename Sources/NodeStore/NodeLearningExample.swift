public import Foundation
public import PlanningDomain

/// One of the region's own learning examples on the node: the working draft and every revision sent to the agency.
public struct NodeLearningExample: Sendable, Hashable {
    /// One revision sent to the agency ("Skicka till myndigheten"); frozen once sent.
    public struct Submission: Sendable, Hashable {
        /// 1 for the first submission, then one more for each resubmission.
        public var revision: Int
        /// What was sent.
        public var content: LearningExampleContent
        /// When.
        public var submittedAt: Date
        /// By whom (a username; it stays on the node).
        public var submittedBy: String
    }

    /// The node's id (the hub's is `<region>-<id>`).
    public var id: String
    /// The working content.
    public var draft: LearningExampleContent
    /// Every revision sent, oldest first.
    public var submissions: [Submission]
    /// When the example was started.
    public var createdAt: Date
    /// When the draft was last saved.
    public var updatedAt: Date
    /// Who saved the draft last.
    public var updatedBy: String

    /// The latest revision sent, if any.
    public var latestSubmission: Submission? { submissions.last }

    /// Whether the draft differs from what was last sent (or nothing was sent yet): then it can be sent as the next
    /// revision.
    public var hasUnsentChanges: Bool { latestSubmission?.content != draft }
}

/// Where a sent revision of a learning example is on its way to the agency, as the node knows it.
public enum LearningSubmissionState: Sendable, Hashable {
    /// Stored on the node; the region is not known yet (no sync session so far), so it waits to be written out.
    case awaitingRegion
    /// In the outbox, not yet acknowledged by the hub.
    case pending
    /// The hub acknowledged it.
    case delivered
    /// The hub refused it; the reason's code and sentence.
    case rejected(reason: String, message: String?)
}
