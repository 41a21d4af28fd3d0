/// Where a plugin forecast came from, stored with it: which plugin, pinned how, fed what, and how long it took.
public struct PluginProvenance: Sendable, Hashable, Codable {
    /// The manifest id.
    public var pluginID: String
    /// The manifest version.
    public var pluginVersion: String
    /// The allowlisted SHA-256 pin of manifest and executable.
    public var pluginHash: String
    /// SHA-256 of the request JSON bytes sent on standard input.
    public var inputHash: String
    /// Wall-clock time of the process run.
    public var duration: Duration

    /// Creates provenance.
    public init(pluginID: String, pluginVersion: String, pluginHash: String, inputHash: String, duration: Duration) {
        self.pluginID = pluginID
        self.pluginVersion = pluginVersion
        self.pluginHash = pluginHash
        self.inputHash = inputHash
        self.duration = duration
    }
}
