import ForecastPlugin
import Foundation
import PluginHost

/// Copies test plugins into fresh temporary folders (with the executable bit set, whatever the checkout did)
/// and allowlists them.
enum TestPlugins {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Plugins")

    /// A copy of `source`, with the manifest's arguments replaced when `arguments` is given.
    static func copy(_ source: URL, arguments: [String]? = nil) throws -> PluginPackage {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("plugin-test-\(UUID().uuidString)")
            .appendingPathComponent(source.lastPathComponent)
        try FileManager.default.createDirectory(
            at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: folder)
        let manifestURL = folder.appendingPathComponent("plugin.json")
        var manifest = try JSONDecoder().decode(PluginManifest.self, from: Data(contentsOf: manifestURL))
        if let arguments {
            manifest.arguments = arguments
            try PluginJSON.encode(manifest, pretty: true).write(to: manifestURL)
        }
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent(manifest.executable).path)
        return try PluginPackage.load(from: folder)
    }

    /// The misbehaving fixture in `mode`.
    static func misbehaving(_ mode: String) throws -> PluginPackage {
        try copy(fixtures.appendingPathComponent("misbehaving"), arguments: [mode])
    }

    /// The example plugin shipped in `Plugins/seasonal-python`.
    static func seasonalPython() throws -> PluginPackage {
        try copy(examples.appendingPathComponent("seasonal-python"))
    }

    /// A runner that allows exactly `plugins`, with the short test deadline.
    static func runner(allowing plugins: [PluginPackage], deadline: Duration = .seconds(2)) -> PluginRunner {
        PluginRunner(
            allowlist: PluginAllowlist(entries: plugins.map(\.allowlistEntry)),
            configuration: PluginHostConfiguration(
                deadline: deadline, maximumOutputBytes: 1 << 20, maximumLogBytes: 64 << 10))
    }

    /// Two weekly series, horizon 4, the standard quantiles.
    static let request = ForecastRequest(
        command: .forecast, horizon: 4, quantiles: [0.025, 0.1, 0.5, 0.9, 0.975], frequency: .weekly,
        series: ["a", "b"].map { id in
            SeriesInput(
                id: id, start: "2024-W01", values: [3, 4, 5, 6, 7],
                calendar: CalendarCovariates(
                    workingDays: [Int](repeating: 5, count: 9), lowProduction: [String?](repeating: nil, count: 9)))
        })
}
