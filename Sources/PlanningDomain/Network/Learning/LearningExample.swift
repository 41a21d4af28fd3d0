/// A region's write-up of what it did and what happened (lärande exempel), and its review by the agency, as a
/// pure state machine (see ``LearningExampleStatus`` for the states).
///
/// Rules: only the owning region edits, submits and reopens; only the agency asks for changes, publishes and
/// rejects; both may comment during review. Each submission freezes the working content as a new
/// ``LearningRevision``; publishing publishes the latest revision, and readers outside the owner and the
/// agency only ever see the published revision — also while the owner works on a newer one. Every command
/// quotes ``version`` (optimistic concurrency); a stale one is refused and nothing changes.
///
/// Who sees what: the owning region everything; the agency everything once the example has been submitted
/// (an unsubmitted draft is the region's own workspace); every other tenant only the published revision.
public struct LearningExample: Hashable, Sendable, Codable {
    /// The hub's id.
    public let id: String
    /// County code of the owning region.
    public let owner: String
    /// Attachment limits the content is checked against.
    public let limits: LearningAttachmentLimits
    /// Where it is in review.
    public private(set) var status: LearningExampleStatus
    /// Starts at 1 and grows by one with every command; commands quote it.
    public private(set) var version: Int
    /// The owner's working content (the next revision).
    public private(set) var draft: LearningExampleContent
    /// Every submitted revision, oldest first.
    public private(set) var revisions: [LearningRevision]
    /// The number of the revision readers see, if any has been published.
    public private(set) var publishedRevisionNumber: Int?
    /// Review comments, oldest first (owner and agency only).
    public private(set) var comments: [LearningComment]
    /// Everything that happened, oldest first.
    public private(set) var history: [LearningExampleEvent]

    /// Starts a draft owned by the actor's region.
    ///
    /// - Throws: ``LearningExampleError`` when the actor is not a known region, the id is empty, or the content
    ///   fails ``LearningExampleContent/checkDraft(limits:)``.
    public init(
        id: String, content: LearningExampleContent, createdBy actor: NetworkActor, at timestamp: String,
        limits: LearningAttachmentLimits = .standard
    ) throws(LearningExampleError) {
        try Self.validate(actor, timestamp)
        guard let region = actor.tenant.regionCode else { throw .unknownRegion(actor.tenant.description) }
        guard !PlanText.trimmed(id).isEmpty else { throw .missingID }
        try content.checkDraft(limits: limits)
        self.id = id
        owner = region
        self.limits = limits
        status = .draft
        version = 1
        draft = content
        revisions = []
        publishedRevisionNumber = nil
        comments = []
        history = [LearningExampleEvent(.created, by: actor, at: timestamp)]
    }

    /// The latest submitted revision, if any.
    public var latestRevision: LearningRevision? { revisions.last }

    /// The published revision, if any: what every tenant reads.
    public var publishedRevision: LearningRevision? {
        publishedRevisionNumber.flatMap { number in revisions.first { $0.number == number } }
    }

    /// Whether `tenant` may see the example at all (see the type's documentation).
    public func isVisible(to tenant: NetworkTenant) -> Bool {
        if tenant == .region(owner) { return true }
        if tenant == .agency { return !revisions.isEmpty }
        return publishedRevisionNumber != nil
    }

    /// What `tenant` reads: the owner its working draft, the agency the latest revision, others the published
    /// revision; nil when `tenant` may not see it.
    public func content(for tenant: NetworkTenant) -> LearningExampleContent? {
        guard isVisible(to: tenant) else { return nil }
        if tenant == .region(owner) { return draft }
        if tenant == .agency { return latestRevision?.content }
        return publishedRevision?.content
    }

    /// The review comments `tenant` may read: all for the owner and the agency, none for others.
    public func comments(for tenant: NetworkTenant) -> [LearningComment] {
        tenant == .region(owner) || (tenant == .agency && isVisible(to: tenant)) ? comments : []
    }

    /// Handles one command, or throws and changes nothing.
    public mutating func handle(_ command: LearningExampleCommand) throws(LearningExampleError)
        -> [LearningExampleEffect]
    {
        try Self.validate(command.actor, command.timestamp)
        let tenant = command.actor.tenant
        let kind = command.action.kind
        guard isVisible(to: tenant) else { throw .notFound(id: id) }
        guard Self.mayAct(tenant, kind, owner: owner) else {
            throw .notPermitted(id: id, tenant: tenant, command: kind)
        }
        guard command.expectedVersion == version else {
            throw .staleVersion(id: id, expected: command.expectedVersion, current: version)
        }
        guard Self.allowed(kind).contains(status) else { throw .notAllowed(id: id, status: status, command: kind) }
        let reason = PlanText.trimmed(command.comment)
        if [.comment, .requestChanges, .reject].contains(kind), reason.isEmpty { throw .missingComment(kind) }

        let effects: [LearningExampleEffect]
        switch command.action {
        case .edit(let content):
            try content.checkDraft(limits: limits)
            draft = content
            record(.edited, command)
            effects = [.draftChanged(version: version)]
        case .submit:
            try draft.checkComplete(limits: limits)
            let number = (revisions.last?.number ?? 0) + 1
            revisions.append(
                LearningRevision(
                    number: number, content: draft, submittedBy: command.actor, submittedAt: command.timestamp))
            status = .submitted
            record(.submitted(revision: number), command)
            effects = [.submittedForReview(revision: number)]
        case .comment:
            addComment(command, reason)
            record(.commented, command)
            effects = [.commentAdded(by: tenant)]
        case .requestChanges:
            addComment(command, reason)
            status = .changesRequested
            record(.changesRequested, command)
            effects = [.returnedToAuthor(reason: reason)]
        case .publish:
            let number = revisions.last?.number ?? 0
            publishedRevisionNumber = number
            status = .published
            record(.published(revision: number), command)
            effects = [.published(revision: number)]
        case .reject:
            addComment(command, reason)
            status = .rejected
            record(.rejected, command)
            effects = [.rejected(reason: reason)]
        case .reopen:
            let latest = revisions.last
            draft = latest?.content ?? draft
            status = .draft
            record(.reopened, command)
            effects = [.reopened(fromRevision: latest?.number ?? 0)]
        }
        return effects
    }

    /// The statuses in which a command is possible.
    public static func allowed(_ kind: LearningExampleCommand.Kind) -> [LearningExampleStatus] {
        switch kind {
        case .edit, .submit: [.draft, .changesRequested]
        case .comment: [.submitted, .changesRequested]
        case .requestChanges, .publish, .reject: [.submitted]
        case .reopen: [.published, .rejected]
        }
    }

    /// Whether `tenant` may issue `kind` on an example owned by region `owner`.
    public static func mayAct(_ tenant: NetworkTenant, _ kind: LearningExampleCommand.Kind, owner: String) -> Bool {
        switch kind {
        case .edit, .submit, .reopen: tenant == .region(owner)
        case .comment: tenant == .region(owner) || tenant == .agency
        case .requestChanges, .publish, .reject: tenant == .agency
        }
    }

    private mutating func addComment(_ command: LearningExampleCommand, _ text: String) {
        comments.append(
            LearningComment(
                author: command.actor, timestamp: command.timestamp, text: text, revision: revisions.last?.number))
    }

    private mutating func record(_ kind: LearningExampleEvent.Kind, _ command: LearningExampleCommand) {
        history.append(LearningExampleEvent(kind, by: command.actor, at: command.timestamp, comment: command.comment))
        version += 1
    }

    static func validate(_ actor: NetworkActor, _ timestamp: String) throws(LearningExampleError) {
        guard !PlanText.trimmed(actor.userID).isEmpty else { throw .missingUser }
        guard PlanTimestamp.isValid(timestamp) else { throw .invalidTimestamp(timestamp) }
        if let code = actor.tenant.regionCode, SwedishRegion.withCode(code) == nil { throw .unknownRegion(code) }
    }
}
