public import WireProtocol

/// Checks a feed page before anything of it is applied.
public enum FeedCheck {
    /// What is wrong with a page.
    public enum Problem: Error, Hashable, Sendable {
        /// The hub changed epoch without saying "cursor invalid": the node must resync.
        case epochChanged(expected: String, received: String)
        /// The page contradicts the protocol (order, cursor, hashes, stream); the message says where.
        case invalid(String)
        /// The envelope's protocol version is not supported.
        case unsupportedVersion(Int)
    }

    /// Validates `feed` as the answer to a request for `stream` after `requested`.
    public static func validate(
        _ feed: ChangeFeed, stream: SyncStream, requested: DownloadCursor
    ) -> Result<Void, Problem> {
        guard WireProtocolVersion.supported.contains(feed.protocolVersion) else {
            return .failure(.unsupportedVersion(feed.protocolVersion))
        }
        if !requested.epoch.isEmpty, feed.epoch != requested.epoch {
            return .failure(.epochChanged(expected: requested.epoch, received: feed.epoch))
        }
        guard feed.stream == stream, feed.after == requested.sequence else {
            return .failure(
                .invalid(
                    "The page is for \(feed.stream.rawValue) after \(feed.after), but \(stream.rawValue) after "
                        + "\(requested.sequence) was asked for."))
        }
        var previous = feed.after
        for change in feed.changes {
            guard change.sequence > previous else {
                return .failure(
                    .invalid("Change \(change.sequence) (\(change.key)) does not follow \(previous) in order."))
            }
            guard change.hasValidContentHash else {
                return .failure(.invalid("Change \(change.sequence) (\(change.key)) has a wrong content hash."))
            }
            previous = change.sequence
        }
        guard feed.nextCursor == previous else {
            return .failure(
                .invalid("The page's next cursor is \(feed.nextCursor) but its last change is \(previous)."))
        }
        return .success(())
    }
}
