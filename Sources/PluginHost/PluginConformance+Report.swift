import ForecastPlugin
import Foundation

extension PluginConformance {
    /// A Swedish pass/fail report, one line per case, then a summary and the allowlist line.
    public static func report(_ results: [ConformanceResult], plugin: PluginPackage) -> String {
        let manifest = plugin.manifest
        var lines = ["Kontroll av pluginen \"\(manifest.id)\" version \(manifest.version) (\(plugin.folder.path))"]
        for result in results {
            let time = PluginRunner.seconds(result.duration)
            switch result.outcome {
            case .passed:
                lines.append("  GODKÄND     \(result.name) (\(time))")
            case let .skipped(reason):
                lines.append("  HOPPAS ÖVER \(result.name): \(reason)")
            case let .failed(reason):
                lines.append("  UNDERKÄND   \(result.name) (\(time))")
                lines += reason.split(separator: "\n").prefix(12).map { "              \($0)" }
            }
        }
        let passed = results.count { $0.outcome == .passed }
        let failed = results.count(where: \.isFailure)
        let skipped = results.count - passed - failed
        lines.append("Resultat: \(passed) godkända, \(failed) underkända, \(skipped) överhoppade.")
        if failed == 0 {
            lines.append("Raden för listan över tillåtna pluginer: \(plugin.allowlistEntry.line)")
        }
        return lines.joined(separator: "\n")
    }
}
