public import Logging

/// Everything the hub (`balans hub serve`) is configured with. Every property has a documented default;
/// `Config/hub.yaml` lists each key with that default, and `BALANS_<SECTION>_<KEY>` overrides it.
public struct HubConfiguration: Sendable, Equatable {
    /// `server.host`, `server.port` (default 127.0.0.1:8090) and `tls.*` (default: no TLS).
    public var listener: ListenerConfiguration
    /// `server.max_body_bytes`: largest accepted request body (default 8 MiB).
    public var maximumBodyBytes: Int
    /// `storage.database`: the hub's SQLite file (default `data/hub.sqlite`).
    public var databasePath: String
    /// `sessions.lifetime_minutes`: how long a web login lasts without activity (default 480 min, a working day).
    public var sessionLifetime: Duration
    /// `logging.level` (default `info`).
    public var logLevel: Logger.Level
    /// `metrics.enabled`: serve Prometheus metrics at `/metrics` (default true).
    public var metricsEnabled: Bool

    /// Creates a configuration; every argument defaults to the documented default.
    public init(
        listener: ListenerConfiguration = ListenerConfiguration(port: 8090), maximumBodyBytes: Int = 8 * 1_048_576,
        databasePath: String = "data/hub.sqlite", sessionLifetime: Duration = .seconds(480 * 60),
        logLevel: Logger.Level = .info, metricsEnabled: Bool = true
    ) {
        self.listener = listener
        self.maximumBodyBytes = maximumBodyBytes
        self.databasePath = databasePath
        self.sessionLifetime = sessionLifetime
        self.logLevel = logLevel
        self.metricsEnabled = metricsEnabled
    }
}

extension HubConfiguration: LoadableConfiguration {
    /// Reads every hub setting; see `Config/hub.yaml` for the keys and their defaults.
    public init(reading reader: inout ConfigurationReader) throws {
        let defaults = HubConfiguration()
        let listener = try ListenerConfiguration.read(from: &reader, defaultPort: 8090)
        let maximumBodyBytes = try reader.integer(
            "server.max_body_bytes", default: defaults.maximumBodyBytes, in: 1_024...1_073_741_824)
        let databasePath = try reader.string("storage.database", default: defaults.databasePath)
        let minutes = try reader.integer("sessions.lifetime_minutes", default: 480, in: 5...43_200)
        let logLevel = try reader.logLevel("logging.level", default: defaults.logLevel)
        let metricsEnabled = try reader.boolean("metrics.enabled", default: defaults.metricsEnabled)
        self.init(
            listener: listener, maximumBodyBytes: maximumBodyBytes, databasePath: databasePath,
            sessionLifetime: .seconds(minutes * 60), logLevel: logLevel, metricsEnabled: metricsEnabled)
    }
}
