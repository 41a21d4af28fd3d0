public import ForecastPlugin
import Foundation
import PlanningDomain

/// Runs allowlisted plugins as child processes and returns only fully validated responses.
///
/// Every run: re-reads and re-hashes the plugin and checks the allowlist; starts the executable in its own
/// process group with a scrubbed environment (see ``PluginHostConfiguration``), the plugin folder as working
/// directory and a fresh temporary HOME; writes the request to standard input; reads standard output and error
/// up to their caps; kills the whole process group at the deadline; then validates the output all or nothing.
public struct PluginRunner: Sendable {
    /// Plugins allowed to run.
    public let allowlist: PluginAllowlist
    /// Deadline and caps.
    public let configuration: PluginHostConfiguration

    /// Creates a runner.
    public init(allowlist: PluginAllowlist, configuration: PluginHostConfiguration = PluginHostConfiguration()) {
        self.allowlist = allowlist
        self.configuration = configuration
    }

    /// Asks the plugin to describe itself.
    public func describe(_ plugin: PluginPackage) -> Result<PluginRun, PluginFailure> {
        run(.describe(frequency: plugin.manifest.frequencies.first ?? .weekly), with: plugin)
    }

    /// Runs `request` through `plugin`.
    public func run(_ request: ForecastRequest, with plugin: PluginPackage) -> Result<PluginRun, PluginFailure> {
        let id = plugin.manifest.id
        // Re-read at run time: what runs must be what is pinned, not what was loaded earlier.
        let current: PluginPackage
        do {
            current = try PluginPackage.load(from: plugin.folder)
        } catch {
            return .failure(error)
        }
        guard current.manifest.id == id, allowlist.allows(pluginID: id, hash: current.hash) else {
            return .failure(
                PluginFailure(
                    .notAllowlisted, pluginID: id,
                    message: "Pluginen \"\(id)\" körs inte: dess SHA-256 \(current.hash) finns inte i listan över "
                        + "tillåtna pluginer. Granska pluginen och lägg till raden från `balans plugin hash "
                        + "\(plugin.folder.path)`."))
        }
        if let problem = Self.unsupported(request, by: current.manifest) {
            return .failure(PluginFailure(.unsupportedRequest, pluginID: id, message: problem))
        }
        let input: Data
        do {
            input = try PluginJSON.encode(request)
        } catch {
            return .failure(PluginFailure(.spawnFailed, pluginID: id, message: "Frågan kunde inte kodas: \(error)."))
        }
        return execute(input: input, request: request, plugin: current)
    }

    private func execute(input: Data, request: ForecastRequest, plugin: PluginPackage) -> Result<
        PluginRun, PluginFailure
    > {
        let id = plugin.manifest.id
        let home = configuration.temporaryDirectory.appendingPathComponent("balans-plugin-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        } catch {
            return .failure(
                PluginFailure(
                    .spawnFailed, pluginID: id,
                    message: "Tillfällig katalog för pluginen kunde inte skapas: \(error).")
            )
        }
        defer { try? FileManager.default.removeItem(at: home) }
        let spec = ProcessSpec(
            executable: plugin.executablePath, arguments: plugin.manifest.arguments,
            environment: PluginHostConfiguration.environment(home: home.path), workingDirectory: plugin.folder.path,
            input: Array(input), deadline: configuration.deadline,
            maximumOutputBytes: configuration.maximumOutputBytes, maximumLogBytes: configuration.maximumLogBytes)
        let outcome: ProcessOutcome
        do {
            outcome = try ChildProcess.run(spec)
        } catch {
            return .failure(
                PluginFailure(
                    .spawnFailed, pluginID: id, message: "Pluginen \"\(id)\" kunde inte startas: \(error.message)"))
        }
        let log = String(decoding: outcome.log.suffix(configuration.maximumLogBytes), as: UTF8.self)
        if let failure = failure(for: outcome.termination, pluginID: id, log: log) {
            return .failure(failure)
        }
        let validator = ForecastResponseValidator(expectedModelID: id)
        switch validator.validate(Data(outcome.output), for: request) {
        case let .failure(error):
            return .failure(
                PluginFailure(
                    .invalidResponse(error.problems), pluginID: id,
                    message: "Pluginen \"\(id)\": \(error.description)", log: log))
        case let .success(response):
            let provenance = PluginProvenance(
                pluginID: id, pluginVersion: plugin.manifest.version, pluginHash: plugin.hash,
                inputHash: SHA256.hex(input), duration: outcome.duration)
            return .success(PluginRun(response: response, provenance: provenance, log: log))
        }
    }
}
