/// Which way a stream flows: `up` from a region node to the hub, `down` from the hub to a node.
public enum SyncDirection: String, Codable, Sendable, CaseIterable {
    /// Node → hub: the node owns the data and pushes batches.
    case up
    /// Hub → node: the hub owns the data and the node pulls a change feed.
    case down
}

/// One independently cursored stream of the sync protocol. The raw value is the path segment in
/// `/api/v1/sync/{stream}/…`.
public enum SyncStream: String, Codable, Sendable, CaseIterable, Comparable {
    /// Up: catalogue indicator values per region, group and period (``IndicatorValue``).
    case indicators
    /// Up: answers to the network's self-assessment questionnaires (``SelfAssessmentAnswer``).
    case selfAssessments = "self-assessments"
    /// Up: learning-example submissions and their revisions (``LearningExampleSubmission``).
    case learningExamples = "learning-examples"
    /// Up: capacity-exchange commands: post, propose, accept, decline, withdraw, close, complete, cancel
    /// (``ExchangeMessage``).
    case exchangeMessages = "exchange-messages"
    /// Up: what an agreement delivered per week, reported by the provider (``DeliveryFollowUp``).
    case deliveryFollowUps = "delivery-follow-ups"
    /// Down: the agency's indicator catalogue, one release per version (``CatalogueRelease``).
    case definitions
    /// Down: learning examples the agency has published (``PublishedExample``).
    case publishedExamples = "published-examples"
    /// Down: national comparison tables (``NationalComparison``).
    case nationalComparisons = "national-comparisons"
    /// Down: the hub's authoritative state of each request, offer, proposal and agreement, per audience
    /// (``ExchangeState``).
    case exchangeState = "exchange-state"

    /// Whether the node pushes (`up`) or pulls (`down`) this stream.
    public var direction: SyncDirection {
        switch self {
        case .indicators, .selfAssessments, .learningExamples, .exchangeMessages, .deliveryFollowUps: .up
        case .definitions, .publishedExamples, .nationalComparisons, .exchangeState: .down
        }
    }

    /// The streams a node pushes, in the order a sync round visits them.
    public static var upStreams: [SyncStream] { allCases.filter { $0.direction == .up } }

    /// The streams a node pulls, definitions first (a new catalogue must be known before data is read under it).
    public static var downStreams: [SyncStream] { allCases.filter { $0.direction == .down } }

    /// Orders streams as declared, so logs and status lists are stable.
    public static func < (lhs: SyncStream, rhs: SyncStream) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
