/// Where the simulation may crash a process: every persistence boundary on both sides.
enum CrashPoint: String, CaseIterable, Hashable, Sendable {
    case nodeBeforeOutboxWrite, nodeAfterOutboxWrite
    case nodeAfterSendBeforeReceipt, nodeBeforeReceiptCommit, nodeAfterReceiptCommit
    case nodeBeforeFeedApply, nodeAfterFeedApply
    case hubBeforeCommit, hubAfterCommitBeforeResponse
}

/// Fault probabilities; all zero once the simulation heads for quiescence.
struct SimFaults: Sendable {
    var drop = 0.08
    var duplicate = 0.08
    var truncate = 0.04
    var crash = 0.05
    var maxDelayMilliseconds: Int64 = 400

    static let none = SimFaults(drop: 0, duplicate: 0, truncate: 0, crash: 0, maxDelayMilliseconds: 50)
}
