/// The changing part of a request or offer: status, version, agreed volume and audit trail.
///
/// Only ``CapacityExchange`` changes it; every change increments ``version``, which commands must quote
/// (optimistic concurrency: a command carrying an older version is refused, so two concurrent acceptances of
/// the same offer cannot both win).
public struct PostingState: Hashable, Sendable, Codable {
    /// Where the posting is in its life.
    public internal(set) var status: PostingStatus
    /// Starts at 1 and grows by one with every change.
    public internal(set) var version: Int
    /// The volume agreed so far, in the posting's unit (cancelled agreements give back what was not delivered).
    public internal(set) var agreedCount: Int
    /// Everything that happened, oldest first.
    public internal(set) var history: [ExchangeEvent]

    /// A fresh, open state at version 1 with no history (``CapacityExchange`` records the creation).
    public init() {
        status = .open
        version = 1
        agreedCount = 0
        history = []
    }

    /// Restores a stored state (for stores that persist postings as rows).
    public init(status: PostingStatus, version: Int, agreedCount: Int, history: [ExchangeEvent]) {
        self.status = status
        self.version = version
        self.agreedCount = agreedCount
        self.history = history
    }

    mutating func record(_ kind: ExchangeEvent.Kind, _ source: some ExchangeEventSource) {
        history.append(ExchangeEvent(kind, source))
        version += 1
    }
}
