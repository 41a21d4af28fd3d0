public import ForecastPlugin
public import Foundation
import PlanningDomain

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A plugin folder that has been read and checked: its manifest, executable and hash.
///
/// Loading does not run anything; ``PluginRunner`` checks the allowlist before every run.
public struct PluginPackage: Sendable, Hashable {
    /// The plugin folder (the working directory of every run).
    public let folder: URL
    /// The parsed manifest.
    public let manifest: PluginManifest
    /// The executable's absolute path.
    public let executablePath: String
    /// SHA-256 pin of the manifest and executable bytes (see ``fingerprint(manifest:executable:)``).
    public let hash: String

    /// The allowlist line for this plugin.
    public var allowlistEntry: PluginAllowlist.Entry { PluginAllowlist.Entry(pluginID: manifest.id, hash: hash) }

    /// Reads and checks the plugin in `folder`.
    public static func load(from folder: URL) throws(PluginFailure) -> PluginPackage {
        let folder = folder.standardizedFileURL.resolvingSymlinksInPath()
        let name = folder.lastPathComponent
        func invalid(_ message: String) -> PluginFailure {
            PluginFailure(.invalidPlugin, pluginID: name, message: "Pluginen i \(folder.path): \(message)")
        }
        let manifestURL = folder.appendingPathComponent(ForecastPluginProtocol.manifestFileName)
        guard let manifestData = try? Data(contentsOf: manifestURL) else {
            throw invalid("filen \(ForecastPluginProtocol.manifestFileName) saknas eller går inte att läsa.")
        }
        let manifest: PluginManifest
        do {
            manifest = try JSONDecoder().decode(PluginManifest.self, from: manifestData)
        } catch {
            throw invalid("\(ForecastPluginProtocol.manifestFileName) är inte ett giltigt manifest (\(error)).")
        }
        if let problem = manifest.problems.first { throw invalid(problem) }

        let executable = folder.appendingPathComponent(manifest.executable).resolvingSymlinksInPath()
        guard executable.path.hasPrefix(folder.path + "/") else {
            throw invalid("executable \"\(manifest.executable)\" pekar ut ur pluginmappen.")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: executable.path, isDirectory: &isDirectory),
            !isDirectory.boolValue,
            let executableData = try? Data(contentsOf: executable)
        else {
            throw invalid("programfilen \"\(manifest.executable)\" saknas eller går inte att läsa.")
        }
        guard access(executable.path, X_OK) == 0 else {
            throw invalid(
                "programfilen \"\(manifest.executable)\" är inte körbar; kör `chmod +x \(manifest.executable)`.")
        }
        return PluginPackage(
            folder: folder, manifest: manifest, executablePath: executable.path,
            hash: fingerprint(manifest: manifestData, executable: executableData))
    }

    /// The pin: SHA-256 of `"balans-plugin-v1\n" + sha256(manifest) + "\n" + sha256(executable) + "\n"`, with
    /// the inner digests as lower-case hex. Reproducible in a shell with `sha256sum` (see `Plugins/README.md`).
    public static func fingerprint(manifest: Data, executable: Data) -> String {
        let text = "balans-plugin-v1\n\(SHA256.hex(manifest))\n\(SHA256.hex(executable))\n"
        return SHA256.hex(Array(text.utf8))
    }
}
