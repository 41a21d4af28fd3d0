public import Logging

/// Everything a region node (`balans node serve`) is configured with. Every property has a documented default;
/// `Config/node.yaml` lists each key with that default, and `BALANS_<SECTION>_<KEY>` overrides it.
public struct NodeConfiguration: Sendable, Equatable {
    /// `server.host`, `server.port` (default 127.0.0.1:8080) and `tls.*` (default: no TLS).
    public var listener: ListenerConfiguration
    /// `server.max_upload_bytes`: largest accepted import upload (default 64 MiB).
    public var maximumUploadBytes: Int
    /// `server.authentication`: `required` (default) or `disabled` (a local single-analyst node only).
    public var authenticationRequired: Bool
    /// `storage.database`: the region's SQLite file (default `data/region.sqlite`, relative to the working
    /// directory).
    public var databasePath: String
    /// `storage.data_folder`: where the node keeps other files: forecast inputs, plugin logs (default `data`).
    public var dataFolder: String
    /// `hub.url`, `hub.token_file`, `hub.ca_file`; nil (the default) means the node does not sync.
    public var hub: HubConnection?
    /// `region.code`: the region's two-digit code, e.g. `05` (default: none; required when syncing).
    public var regionCode: String?
    /// `region.signing_key_file`: the node's Ed25519 private key for signing batches (default: none).
    public var signingKeyFile: String?
    /// `sync.interval_seconds`: time between sync rounds (default 300 s).
    public var syncInterval: Duration
    /// `sync.batch_size`: most items per batch sent to the hub (default 1000; a batch also stops at 1 MB).
    public var syncBatchSize: Int
    /// `sync.batches_in_flight`: most batches of a stream on their way to the hub at once (default 2).
    public var syncBatchesInFlight: Int
    /// `disclosure.threshold`: the default k: person-based counts 1…k−1 are suppressed before export (default 5).
    public var disclosureThreshold: Int
    /// `plugins.allowlist`: the allowlist of forecast plugins pinned by hash (default: none, so no external
    /// plugin runs).
    public var pluginAllowlistPath: String?
    /// `forecast.schedule`: when the scheduled forecast runs (default `mon 03:00`, local time).
    public var forecastSchedule: ForecastSchedule
    /// `logging.level` (default `info`).
    public var logLevel: Logger.Level
    /// `metrics.enabled`: serve Prometheus metrics at `/metrics` (default true).
    public var metricsEnabled: Bool

    /// Creates a configuration; every argument defaults to the documented default.
    public init(
        listener: ListenerConfiguration = ListenerConfiguration(port: 8080),
        maximumUploadBytes: Int = 64 * 1_048_576, authenticationRequired: Bool = true,
        databasePath: String = "data/region.sqlite", dataFolder: String = "data", hub: HubConnection? = nil,
        regionCode: String? = nil, signingKeyFile: String? = nil, syncInterval: Duration = .seconds(300),
        syncBatchSize: Int = 1_000, syncBatchesInFlight: Int = 2, disclosureThreshold: Int = 5,
        pluginAllowlistPath: String? = nil,
        forecastSchedule: ForecastSchedule = .weekly(weekday: 1, hour: 3, minute: 0),
        logLevel: Logger.Level = .info, metricsEnabled: Bool = true
    ) {
        self.listener = listener
        self.maximumUploadBytes = maximumUploadBytes
        self.authenticationRequired = authenticationRequired
        self.databasePath = databasePath
        self.dataFolder = dataFolder
        self.hub = hub
        self.regionCode = regionCode
        self.signingKeyFile = signingKeyFile
        self.syncInterval = syncInterval
        self.syncBatchSize = syncBatchSize
        self.syncBatchesInFlight = syncBatchesInFlight
        self.disclosureThreshold = disclosureThreshold
        self.pluginAllowlistPath = pluginAllowlistPath
        self.forecastSchedule = forecastSchedule
        self.logLevel = logLevel
        self.metricsEnabled = metricsEnabled
    }
}
