public import WireProtocol

/// The node side of one down stream, as a pure state machine: fetch a page after the cursor → check it → apply
/// it and store the new cursor in one transaction → next page or wait for the next poll. A "cursor invalid"
/// answer (or a changed epoch) starts a resync: the whole feed again from 0 in the hub's new epoch, replacing
/// the local copy. For `definitions`, a page with a new catalogue release waits until the up streams are empty
/// (data computed under the old release is pushed first) and releases must arrive in order with valid hashes.
public struct DownloadMachine: Sendable {
    /// Where the stream is.
    public enum State: Hashable, Sendable {
        /// Drained; poll again at `nextPoll`.
        case idle(nextPoll: SyncInstant?)
        /// A request is out.
        case fetching(DownloadCursor, deadline: SyncInstant)
        /// Waiting for ``DownloadEvent/applied``.
        case applying(ChangeFeed, newCursor: DownloadCursor)
        /// A new catalogue release waits for the up streams to drain.
        case waitingForUploads(ChangeFeed, newCursor: DownloadCursor)
        /// Waiting to retry.
        case backingOff(until: SyncInstant)
        /// Stopped until ``DownloadEvent/resume``.
        case stopped(SyncError)
    }

    /// The stream.
    public let stream: SyncStream
    /// Settings.
    public var configuration: DownloadConfiguration
    /// Current state.
    public private(set) var state: State = .idle(nextPoll: nil)
    /// The last durably applied position.
    public private(set) var cursor: DownloadCursor
    /// The newest catalogue release applied (definitions only).
    public private(set) var appliedCatalogueVersion: Int?
    /// Status for operators.
    public private(set) var status: StreamStatus

    private var uploadBacklog = 0
    // The first page of a resync replaces the local copy; the cursor to fetch from during a resync.
    private var resyncFrom: DownloadCursor?

    /// Creates the machine from the durable cursor.
    public init(
        stream: SyncStream, cursor: DownloadCursor, appliedCatalogueVersion: Int? = nil,
        configuration: DownloadConfiguration = DownloadConfiguration()
    ) {
        self.stream = stream
        self.cursor = cursor
        self.appliedCatalogueVersion = appliedCatalogueVersion
        self.configuration = configuration
        status = StreamStatus(stream: stream)
    }

    /// Handles one event at time `now`; `random` supplies jitter.
    public mutating func handle(
        _ event: DownloadEvent, now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> DownloadAction {
        let action = transition(event, now: now, random: &random)
        status.phase = phase
        if case .backingOff(let until) = state { status.nextRetryAt = until } else { status.nextRetryAt = nil }
        return action
    }

    private var phase: StreamPhase {
        switch state {
        case .idle: .idle
        case .fetching, .applying: resyncFrom == nil ? .working : .resyncing
        case .waitingForUploads: .waitingForUploads
        case .backingOff: .backingOff
        case .stopped: .stopped
        }
    }

    private mutating func transition(
        _ event: DownloadEvent, now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> DownloadAction {
        switch (event, state) {
        case (.tick, .idle(let nextPoll)):
            guard let nextPoll, now < nextPoll else { return fetch(now: now) }
            return .wakeAt(nextPoll)
        case (.syncNow, .idle), (.syncNow, .backingOff):
            return fetch(now: now)
        case (.tick, .backingOff(let until)):
            return now >= until ? fetch(now: now) : .wakeAt(until)
        case (.tick, .fetching(_, let deadline)) where now >= deadline:
            return fail(code: TransportFailure.timeout.code, message: TransportFailure.timeout.text, now, &random)
        case (.feedReceived(let feed), .fetching(let requested, _)):
            return received(feed, requested: requested, now: now, random: &random)
        case (.errorReceived(let error), .fetching):
            return refused(error, now: now, random: &random)
        case (.transportFailed(let failure), .fetching):
            return fail(code: failure.code, message: failure.text, now, &random)
        case (.applied, .applying(let feed, let newCursor)):
            return committed(feed, newCursor: newCursor, now: now)
        case (.storeFailed(let message), .applying):
            return fail(code: "store.failed", message: message, now, &random)
        case (.uploadBacklogChanged(let count), _):
            uploadBacklog = count
            guard count == 0, case .waitingForUploads(let feed, let newCursor) = state else { return .none }
            return apply(feed, newCursor: newCursor)
        case (.resume, .stopped):
            state = .idle(nextPoll: nil)
            return fetch(now: now)
        default:
            return .none
        }
    }

    private mutating func fetch(now: SyncInstant) -> DownloadAction {
        let after = resyncFrom ?? cursor
        let deadline = now.advanced(byMilliseconds: configuration.requestTimeoutMilliseconds)
        state = .fetching(after, deadline: deadline)
        return .fetch(after: after, limit: configuration.pageLimit, deadline: deadline)
    }

    private mutating func received(
        _ feed: ChangeFeed, requested: DownloadCursor, now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> DownloadAction {
        switch FeedCheck.validate(feed, stream: stream, requested: requested) {
        case .failure(.epochChanged(_, let received)):
            return startResync(epoch: received, now: now)
        case .failure(.unsupportedVersion(let version)):
            return stop(
                SyncError(
                    .unsupportedProtocolVersion,
                    "The hub sent a \(stream.rawValue) page in protocol version \(version); this node reads "
                        + "\(WireProtocolVersion.supported). Update the node.", stream: stream), now: now)
        case .failure(.invalid(let message)):
            return fail(code: "feed.invalid", message: message, now, &random)
        case .success:
            break
        }
        let newCursor = DownloadCursor(epoch: feed.epoch, sequence: feed.nextCursor)
        if stream == .definitions {
            switch CatalogueOrder.check(feed, applied: appliedCatalogueVersion) {
            case .failure(let error): return stop(error, now: now)
            case .success(let newest):
                if newest != nil, uploadBacklog > 0 {
                    state = .waitingForUploads(feed, newCursor: newCursor)
                    return .flushUploads
                }
            }
        }
        return apply(feed, newCursor: newCursor)
    }

    private mutating func apply(_ feed: ChangeFeed, newCursor: DownloadCursor) -> DownloadAction {
        state = .applying(feed, newCursor: newCursor)
        return .apply(feed, newCursor: newCursor, replaceAll: resyncFrom != nil && feed.after == 0)
    }

    private mutating func committed(_ feed: ChangeFeed, newCursor: DownloadCursor, now: SyncInstant) -> DownloadAction {
        cursor = newCursor
        resyncFrom = nil
        if stream == .definitions,
            case .success(let newest?) = CatalogueOrder.check(feed, applied: appliedCatalogueVersion)
        {
            appliedCatalogueVersion = newest
        }
        status.lastSuccess = now
        status.consecutiveFailures = 0
        if feed.hasMore { return fetch(now: now) }
        let nextPoll = now.advanced(byMilliseconds: configuration.pollIntervalMilliseconds)
        state = .idle(nextPoll: nextPoll)
        return .wakeAt(nextPoll)
    }

    private mutating func refused(
        _ error: SyncError, now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> DownloadAction {
        switch error.code {
        case .cursorInvalid:
            status.consecutiveFailures += 1
            status.lastError = StreamError(code: error.code.rawValue, message: error.message, at: now)
            return startResync(epoch: error.hubEpoch ?? "", now: now)
        case let code where code.isRetryable:
            let minimum = Int64(error.retryAfterSeconds ?? 0) * 1000
            return fail(code: code.rawValue, message: error.message, now, &random, minimum: minimum)
        default:
            return stop(error, now: now)
        }
    }

    private mutating func startResync(epoch: String, now: SyncInstant) -> DownloadAction {
        resyncFrom = DownloadCursor(epoch: epoch, sequence: 0)
        return fetch(now: now)
    }

    private mutating func stop(_ error: SyncError, now: SyncInstant) -> DownloadAction {
        status.consecutiveFailures += 1
        status.lastError = StreamError(code: error.code.rawValue, message: error.message, at: now)
        state = .stopped(error)
        return .stop(error)
    }

    private mutating func fail(
        code: String, message: String, _ now: SyncInstant, _ random: inout some RandomNumberGenerator,
        minimum: Int64 = 0
    ) -> DownloadAction {
        status.consecutiveFailures += 1
        status.lastError = StreamError(code: code, message: message, at: now)
        let delay = configuration.backoff.delay(
            afterFailures: status.consecutiveFailures, minimumMilliseconds: minimum, using: &random)
        let until = now.advanced(byMilliseconds: delay)
        state = .backingOff(until: until)
        return .wakeAt(until)
    }
}
