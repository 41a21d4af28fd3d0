/// A plugin's manifest: the file `plugin.json` in the plugin folder.
///
/// The manifest and the executable together are what the allowlist pins by hash, so changing either one means
/// the plugin must be allowlisted again.
public struct PluginManifest: Sendable, Hashable, Codable {
    /// Stable identifier, lower-case letters, digits and hyphens (e.g. "seasonal-python").
    public var id: String
    /// Human-readable name.
    public var name: String
    /// The plugin's own version, recorded with every forecast (e.g. "1.2.0").
    public var version: String
    /// The protocol version the plugin speaks; must be ``ForecastPluginProtocol/currentVersion``.
    public var protocolVersion: Int
    /// Path of the executable relative to the plugin folder (e.g. "plugin.py", with a shebang line).
    public var executable: String
    /// Arguments passed to the executable.
    public var arguments: [String]
    /// Frequencies the plugin can forecast.
    public var frequencies: [PluginFrequency]
    /// The longest horizon, in periods, the plugin accepts.
    public var maximumHorizon: Int
    /// What the model does, for planners and reviewers.
    public var description: String
    /// Who wrote and maintains the plugin.
    public var author: String
    /// How to reach the author (e-mail address or team name).
    public var contact: String
    /// Implementation language, e.g. "python".
    public var language: String

    /// Creates a manifest.
    public init(
        id: String, name: String, version: String, protocolVersion: Int = ForecastPluginProtocol.currentVersion,
        executable: String, arguments: [String] = [], frequencies: [PluginFrequency], maximumHorizon: Int,
        description: String, author: String, contact: String, language: String
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.protocolVersion = protocolVersion
        self.executable = executable
        self.arguments = arguments
        self.frequencies = frequencies
        self.maximumHorizon = maximumHorizon
        self.description = description
        self.author = author
        self.contact = contact
        self.language = language
    }

    /// Problems with the manifest's values, in Swedish; empty when it is usable.
    public var problems: [String] {
        var problems: [String] = []
        let idCharacters = id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        if id.isEmpty || id.count > 64 || !idCharacters {
            problems.append("id \"\(id)\" får bara innehålla a–z, 0–9 och bindestreck (högst 64 tecken).")
        }
        if version.isEmpty { problems.append("version saknar värde.") }
        if protocolVersion != ForecastPluginProtocol.currentVersion {
            problems.append(
                "protocolVersion är \(protocolVersion), men värden stöder version "
                    + "\(ForecastPluginProtocol.currentVersion).")
        }
        let parts = executable.split(separator: "/", omittingEmptySubsequences: false)
        if executable.isEmpty || executable.hasPrefix("/") || parts.contains("..") || parts.contains("") {
            problems.append(
                "executable \"\(executable)\" måste vara en relativ sökväg inuti pluginmappen (utan \"..\").")
        }
        if frequencies.isEmpty { problems.append("frequencies måste ange minst en frekvens (weekly, monthly).") }
        if maximumHorizon < 1 { problems.append("maximumHorizon måste vara minst 1, inte \(maximumHorizon).") }
        return problems
    }
}
