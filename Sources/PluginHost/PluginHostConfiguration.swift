public import Foundation

/// Limits for running plugins, with defaults suitable for a region's weekly forecast run.
public struct PluginHostConfiguration: Sendable, Hashable {
    /// Hard deadline per run; after it the whole process group is killed.
    public var deadline: Duration
    /// Cap on standard output in bytes (default 32 MiB); beyond it the run fails.
    public var maximumOutputBytes: Int
    /// Cap on standard error in bytes (default 256 KiB); beyond it the run fails.
    public var maximumLogBytes: Int
    /// Where each run's temporary HOME directory is created.
    public var temporaryDirectory: URL

    /// Creates a configuration.
    public init(
        deadline: Duration = .seconds(60), maximumOutputBytes: Int = 32 << 20, maximumLogBytes: Int = 256 << 10,
        temporaryDirectory: URL = FileManager.default.temporaryDirectory
    ) {
        self.deadline = deadline
        self.maximumOutputBytes = maximumOutputBytes
        self.maximumLogBytes = maximumLogBytes
        self.temporaryDirectory = temporaryDirectory
    }

    /// The environment a plugin sees: nothing from the host except these.
    static func environment(home: String) -> [String: String] {
        ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home, "PYTHONDONTWRITEBYTECODE": "1"]
    }
}
