import NodeStore

/// Swedish words for where an own learning example's sent revision is (pages and API).
enum LearningExampleLabels {
    /// The state's code in the API.
    static func code(_ state: LearningSubmissionState) -> String {
        switch state {
        case .awaitingRegion: "awaitingRegion"
        case .pending: "pending"
        case .delivered: "delivered"
        case .rejected: "rejected"
        }
    }

    /// The state in Swedish, with the hub's reason for a refusal.
    static func text(_ state: LearningSubmissionState) -> String {
        switch state {
        case .awaitingRegion: "Sparad på noden; skickas vid första synkningen mot hubben."
        case .pending: "Väntar på synk."
        case .delivered: "Mottagen av myndigheten (hubben har kvitterat den)."
        case .rejected(let reason, let message):
            "Avvisad av hubben (\(reason))" + (message.map { ": \($0)" } ?? ".")
        }
    }
}
