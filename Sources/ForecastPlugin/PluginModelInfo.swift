/// The model that produced a response.
public struct PluginModelInfo: Sendable, Hashable, Codable {
    /// The plugin id (must equal the manifest's id).
    public var id: String
    /// The plugin version (recorded with the forecast).
    public var version: String
    /// What was fitted, for people, e.g. "Säsongsprofil (3 år) × nivå (8 veckor)".
    public var description: String

    /// Creates model information.
    public init(id: String, version: String, description: String) {
        self.id = id
        self.version = version
        self.description = description
    }
}
