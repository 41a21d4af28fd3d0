import Foundation

/// A configuration file flattened to dotted keys (`server.port`), each with the place it was written, plus any
/// environment overrides. Typing and validation happen in ``ConfigurationReader``.
public struct ConfigurationDocument: Sendable, Equatable {
    /// The file's name as the operator knows it (e.g. `Config/node.yaml`), or a description when there is no file.
    public var file: String
    /// Values by dotted key.
    public internal(set) var values: [String: ConfigurationValue]

    /// Creates a document from already flattened values.
    public init(file: String, values: [String: ConfigurationValue] = [:]) {
        self.file = file
        self.values = values
    }

    /// The prefix of every environment override.
    public static let environmentPrefix = "BALANS_"

    /// The environment variable that overrides `key`: `server.port` → `BALANS_SERVER_PORT`,
    /// `hub.token_file` → `BALANS_HUB_TOKEN_FILE`.
    public static func environmentName(for key: String) -> String {
        environmentPrefix + key.uppercased().replacingOccurrences(of: ".", with: "_")
    }

    /// Replaces the value of each of `keys` whose environment variable is set. An empty variable stands for
    /// "not set" (the default applies), so `BALANS_TLS_CERTIFICATE_FILE=` turns TLS off.
    ///
    /// Only the given keys are looked at: other `BALANS_…` variables (used by tests and scripts) are left alone.
    public mutating func applyEnvironment(_ environment: [String: String], keys: [String]) {
        for key in keys {
            let name = Self.environmentName(for: key)
            guard let raw = environment[name] else { continue }
            let content: ConfigurationValue.Content = raw.isEmpty ? .null : .scalar(raw)
            values[key] = ConfigurationValue(content, source: "miljövariabeln \(name)")
        }
    }
}
