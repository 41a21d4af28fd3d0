import Foundation

extension NodeConfiguration: LoadableConfiguration {
    /// Reads every node setting; see `Config/node.yaml` for the keys and their defaults.
    public init(reading reader: inout ConfigurationReader) throws {
        let defaults = NodeConfiguration()
        let listener = try ListenerConfiguration.read(from: &reader, defaultPort: 8080)
        let maximumUploadBytes = try reader.integer(
            "server.max_upload_bytes", default: defaults.maximumUploadBytes, in: 1_024...4 * 1_073_741_824)
        let authenticationRequired = try reader.choice(
            "server.authentication", default: true, options: ["required": true, "disabled": false])
        let databasePath = try reader.string("storage.database", default: defaults.databasePath)
        let dataFolder = try reader.string("storage.data_folder", default: defaults.dataFolder)
        let hubURL = try reader.typed("hub.url", expected: "en http- eller https-adress (https://hubb.example.se)") {
            Self.isHTTPURL($0) ? $0 : nil
        }
        let tokenFile = try reader.optionalString("hub.token_file")
        let caFile = try reader.optionalString("hub.ca_file")
        let regionCode = try reader.typed("region.code", expected: "en regionkod med två siffror, t.ex. \"05\"") {
            $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) ? $0 : nil
        }
        let signingKeyFile = try reader.optionalString("region.signing_key_file")
        let syncInterval = try reader.seconds("sync.interval_seconds", default: defaults.syncInterval, in: 5...86_400)
        let syncBatchSize = try reader.integer("sync.batch_size", default: defaults.syncBatchSize, in: 1...100_000)
        let syncBatchesInFlight = try reader.integer(
            "sync.batches_in_flight", default: defaults.syncBatchesInFlight, in: 1...16)
        let threshold = try reader.integer("disclosure.threshold", default: defaults.disclosureThreshold, in: 2...100)
        let allowlist = try reader.optionalString("plugins.allowlist")
        let schedule =
            try reader.typed("forecast.schedule", expected: "ett schema som \"mon 03:00\" eller \"off\"") {
                ForecastSchedule(parsing: $0)
            } ?? defaults.forecastSchedule
        let logLevel = try reader.logLevel("logging.level", default: defaults.logLevel)
        let metricsEnabled = try reader.boolean("metrics.enabled", default: defaults.metricsEnabled)

        let hub: HubConnection?
        switch (hubURL, tokenFile) {
        case (nil, _):
            hub = nil
        case (let url?, let tokenFile?):
            guard regionCode != nil else {
                throw ConfigurationError(
                    .inconsistent, source: reader.document.file, key: "region.code",
                    problem: "hub.url är satt, så noden måste veta sin region. Ange region.code, t.ex. \"05\".")
            }
            hub = HubConnection(url: url, tokenFile: tokenFile, certificateAuthorityFile: caFile)
        case (_?, nil):
            throw ConfigurationError(
                .inconsistent, source: reader.document.file, key: "hub.token_file",
                problem: "hub.url är satt men nodens nyckel saknas. Ange filen med nyckeln från "
                    + "`balans hub credential --role region-node`.")
        }
        self.init(
            listener: listener, maximumUploadBytes: maximumUploadBytes, authenticationRequired: authenticationRequired,
            databasePath: databasePath, dataFolder: dataFolder, hub: hub, regionCode: regionCode,
            signingKeyFile: signingKeyFile, syncInterval: syncInterval, syncBatchSize: syncBatchSize,
            syncBatchesInFlight: syncBatchesInFlight, disclosureThreshold: threshold, pluginAllowlistPath: allowlist,
            forecastSchedule: schedule,
            logLevel: logLevel, metricsEnabled: metricsEnabled)
    }

    static func isHTTPURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return false }
        return true
    }
}
