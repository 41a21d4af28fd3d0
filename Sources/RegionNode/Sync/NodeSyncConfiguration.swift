public import SyncEngine

/// How a region node syncs with the hub: where the hub is, how the node proves who it is, and how often and in
/// what sizes it exports, pushes and pulls. Every value has a documented default except the hub, the credential
/// and the key.
public struct NodeSyncConfiguration: Sendable {
    /// The hub's base URL, e.g. `https://hub.example.se` or `http://127.0.0.1:8090`.
    public var hubURL: String
    /// The node's hub credential (a `region-node` token), sent as `Authorization: Bearer`.
    public var token: String
    /// The Ed25519 private key file (created with 0600 on first use); its public key must be registered with the
    /// credential at the hub.
    public var signingKeyPath: String
    /// The region's county code; nil asks the hub which tenant the credential belongs to.
    public var regionCode: String?
    /// A PEM file of certificate authorities to verify an `https` hub against instead of the system's trust
    /// store (`hub.ca_file`); nil uses the system's.
    public var certificateAuthorityFile: String? = nil
    /// Complete weeks (ending at the node's last imported week) each export computes; months fully inside count.
    public var exportWeeks: Int
    /// Seconds between exports while the node runs.
    public var exportIntervalSeconds: Int
    /// Seconds between polls of the hub when nothing is pending (and the longest a wait lasts).
    public var pollIntervalSeconds: Int
    /// The indicator stream's batch limits, backoff and request timeout.
    public var upload: UploadConfiguration
    /// The national-comparison stream's page size, poll interval, backoff and request timeout.
    public var download: DownloadConfiguration
    /// The longest a manual round (`balans sync now`) keeps retrying before it reports failure, in seconds.
    public var roundTimeoutSeconds: Int

    /// Creates a configuration with the defaults: 13 weeks per export, exports every 15 minutes, polls every
    /// 5 minutes, batches of at most 500 items / 1 MB, backoff 1 s doubling to 5 min, 30 s request timeout.
    public init(
        hubURL: String, token: String, signingKeyPath: String, regionCode: String? = nil, exportWeeks: Int = 13,
        exportIntervalSeconds: Int = 900, pollIntervalSeconds: Int = 300,
        upload: UploadConfiguration = UploadConfiguration(), download: DownloadConfiguration? = nil,
        roundTimeoutSeconds: Int = 120
    ) {
        self.hubURL = hubURL
        self.token = token
        self.signingKeyPath = signingKeyPath
        self.regionCode = regionCode
        self.exportWeeks = max(1, exportWeeks)
        self.exportIntervalSeconds = max(1, exportIntervalSeconds)
        self.pollIntervalSeconds = max(1, pollIntervalSeconds)
        self.upload = upload
        self.download =
            download
            ?? DownloadConfiguration(
                pollIntervalMilliseconds: Int64(max(1, pollIntervalSeconds)) * 1000,
                backoff: upload.backoff, requestTimeoutMilliseconds: upload.requestTimeoutMilliseconds)
        self.roundTimeoutSeconds = max(1, roundTimeoutSeconds)
    }
}
