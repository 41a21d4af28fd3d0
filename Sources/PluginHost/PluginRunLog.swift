import Foundation

/// What a ``PluginForecastMethod`` did, for the caller to report: the `ForecastMethod` protocol returns only
/// forecasts (nil on failure), so failures and provenance are recorded here.
public final class PluginRunLog: @unchecked Sendable {
    // @unchecked: all state is guarded by `lock`.
    private let lock = NSLock()
    private var failuresStorage: [PluginFailure] = []
    private var provenancesStorage: [PluginProvenance] = []

    /// Creates an empty log.
    public init() {}

    /// Failures, oldest first.
    public var failures: [PluginFailure] { lock.withLock { failuresStorage } }

    /// Provenance of successful runs, oldest first.
    public var provenances: [PluginProvenance] { lock.withLock { provenancesStorage } }

    /// Records a failure.
    public func record(_ failure: PluginFailure) {
        lock.withLock { failuresStorage.append(failure) }
    }

    /// Records a successful run.
    public func record(_ provenance: PluginProvenance) {
        lock.withLock { provenancesStorage.append(provenance) }
    }
}
