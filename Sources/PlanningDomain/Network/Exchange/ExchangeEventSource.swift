/// Who, when and why, for an ``ExchangeEvent``: a command, or the scheduler's context when postings expire.
protocol ExchangeEventSource {
    var actor: NetworkActor { get }
    var timestamp: String { get }
    var comment: String { get }
}

extension ExchangeCommand: ExchangeEventSource {}

/// The who/when/why of a change that no command asked for (expiry by the hub's scheduler).
struct ExchangeEventContext: ExchangeEventSource {
    var actor: NetworkActor
    var timestamp: String
    var comment: String
}

extension ExchangeEvent {
    init(_ kind: Kind, _ source: some ExchangeEventSource) {
        self.init(kind, by: source.actor, at: source.timestamp, comment: source.comment)
    }
}
