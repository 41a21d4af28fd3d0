import Foundation
import GRDB
import Synchronization

/// Keeps expensive read models (a plan's balance, the follow-up figures, the organisation tree) until the database
/// changes, so a page that thousands of planners open costs one computation per change instead of one per request.
///
/// "The database changed" is SQLite's `PRAGMA data_version`, read on a connection of its own that never writes:
/// it moves with every commit by any other connection — this process's writer as well as a `balans import` run in
/// another process — so a cached value is never served after a commit it does not reflect. Reading it costs a few
/// microseconds. An in-memory store (tests) has no second connection and caches nothing.
///
/// Concurrent requests for the same missing key wait for one computation instead of each starting their own
/// (a page opened by 32 planners right after an import computes once).
public final class NodeStoreCache: Sendable {
    private struct State {
        var version: Int64?
        var values: [String: any Sendable] = [:]
    }

    /// Entries kept per database version; past it the cache starts over (keys are per plan version, scope and
    /// period, so this is only reached by someone walking through many scopes).
    static let capacity = 256

    private let probe: DatabaseQueue?
    private let state = Mutex(State())
    private let flights = Mutex([String: NSLock]())

    /// A cache for the database file at `path`, or one that never caches when `path` is nil.
    init(path: String?) throws {
        guard let path else {
            probe = nil
            return
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "balans.cache-probe"
        probe = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The value for `key` computed at the database's current version, computing (once) when there is none.
    ///
    /// `compute` must depend only on the database's content (not on the viewer or the clock): put everything else
    /// it depends on into `key`.
    public func value<T: Sendable>(_ key: String, _ compute: () throws -> T) throws -> T {
        guard let probe else { return try compute() }
        let version = try probe.inDatabase { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        if let hit: T = lookup(key, at: version) { return hit }
        let lock = flights.withLock { locks in
            if let lock = locks[key] { return lock }
            let lock = NSLock()
            locks[key] = lock
            return lock
        }
        lock.lock()
        defer { lock.unlock() }
        if let hit: T = lookup(key, at: version) { return hit }
        let value = try compute()
        state.withLock { state in
            if state.version != version || state.values.count >= Self.capacity {
                state = State(version: version)
            }
            state.values[key] = value
        }
        return value
    }

    /// Forgets everything (after a change the data version cannot see, e.g. a file replaced under the server).
    public func removeAll() {
        state.withLock { $0 = State() }
    }

    private func lookup<T: Sendable>(_ key: String, at version: Int64) -> T? {
        state.withLock { state in
            // Unwrap first: casting a missing entry to an optional T would "succeed" with nil.
            guard state.version == version, let stored = state.values[key] else { return nil }
            return stored as? T
        }
    }
}
