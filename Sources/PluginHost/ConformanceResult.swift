/// The outcome of one conformance case.
public struct ConformanceResult: Sendable, Hashable {
    /// Passed, failed with a reason, or not applicable to this plugin.
    public enum Outcome: Sendable, Hashable {
        /// The plugin answered correctly.
        case passed
        /// The plugin failed; a Swedish reason.
        case failed(String)
        /// The case does not apply (e.g. monthly series for a weekly-only plugin); a Swedish reason.
        case skipped(String)
    }

    /// The case's Swedish name.
    public var name: String
    /// What happened.
    public var outcome: Outcome
    /// How long the run took.
    public var duration: Duration

    /// Creates a result.
    public init(name: String, outcome: Outcome, duration: Duration) {
        self.name = name
        self.outcome = outcome
        self.duration = duration
    }

    /// Whether the case failed.
    public var isFailure: Bool {
        if case .failed = outcome { return true }
        return false
    }
}
