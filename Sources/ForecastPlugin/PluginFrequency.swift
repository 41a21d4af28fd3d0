/// How often a series sent to a plugin is observed. Mirrors the forecasting engine's frequency, but this module
/// stays dependency-free so plugin tooling can use it alone.
public enum PluginFrequency: String, Sendable, Hashable, Codable, CaseIterable {
    /// One value per ISO week; period labels look like "2023-W47".
    case weekly
    /// One value per calendar month; period labels look like "2023-01".
    case monthly
}
