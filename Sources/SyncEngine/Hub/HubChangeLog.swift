public import WireProtocol

/// The hub's change log of one down stream: every change gets the next sequence; a page is what
/// `GET …/changes` returns. Compaction keeps only the latest change per key and raises the horizon below which
/// a cursor is no longer valid. A restored or rebuilt log gets a new epoch.
public struct HubChangeLog: Hashable, Sendable {
    /// The stream.
    public let stream: SyncStream
    /// This log's epoch.
    public private(set) var epoch: String
    /// The latest sequence handed out.
    public private(set) var head: Int64 = 0
    /// Cursors below this were compacted away and are invalid (except 0 with the right epoch: a full read).
    public private(set) var horizon: Int64 = 0
    private var changes: [Change] = []

    /// Creates an empty log.
    public init(stream: SyncStream, epoch: String) {
        self.stream = stream
        self.epoch = epoch
    }

    /// The latest state of every live key.
    public var current: [NaturalKey: JSONValue] {
        changes.reduce(into: [:]) { state, change in state[change.key] = change.payload }
    }

    /// Records a new state of `key` (nil deletes it) unless it equals the current one; returns the sequence.
    @discardableResult
    public mutating func record(_ key: NaturalKey, payload: JSONValue?) -> Int64? {
        let candidate = Change(sequence: head + 1, key: key, payload: payload)
        if let last = changes.last(where: { $0.key == key }), last.contentHash == candidate.contentHash { return nil }
        if changes.last(where: { $0.key == key }) == nil, payload == nil { return nil }
        head += 1
        changes.append(candidate)
        return head
    }

    /// Keeps only the latest change per key; cursors below the oldest kept sequence become invalid.
    public mutating func compact() {
        var latest: [NaturalKey: Int] = [:]
        for (index, change) in changes.enumerated() { latest[change.key] = index }
        let kept = Set(latest.values)
        let dropped = changes.indices.filter { !kept.contains($0) }.map { changes[$0].sequence }
        changes = changes.indices.filter(kept.contains).map { changes[$0] }
        if let highestDropped = dropped.max() { horizon = max(horizon, highestDropped) }
    }

    /// Starts a new epoch (after a restore): every node resyncs.
    public mutating func startEpoch(_ newEpoch: String) { epoch = newEpoch }

    /// The page after `after` for a node that holds `epoch`, or "cursor invalid".
    public func page(after: Int64, epoch requestedEpoch: String, limit: Int) -> Result<ChangeFeed, SyncError> {
        let fullRead = after == 0
        let knownEpoch = requestedEpoch == epoch || (requestedEpoch.isEmpty && fullRead)
        guard knownEpoch, after <= head, fullRead || after >= horizon else {
            return .failure(
                SyncError(
                    .cursorInvalid,
                    "Cursor \(after) in epoch \"\(requestedEpoch)\" is not valid for \(stream.rawValue) (epoch "
                        + "\"\(epoch)\", changes \(horizon)…\(head)); read the stream again from 0.", stream: stream,
                    hubEpoch: epoch))
        }
        let following = changes.filter { $0.sequence > after }
        let page = Array(following.prefix(max(1, limit)))
        return .success(
            ChangeFeed(
                stream: stream, epoch: epoch, after: after, changes: page, nextCursor: page.last?.sequence ?? after,
                hasMore: following.count > page.count))
    }
}
