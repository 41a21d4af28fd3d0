import ArgumentParser
import Foundation
import PluginHost

/// `balans plugin`: tools for forecast plugin authors and the people who allowlist plugins.
struct PluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin", abstract: "Kontrollera och godkänn prognospluginer.",
        subcommands: [Check.self, Hash.self])

    /// `balans plugin check <dir>`: the conformance kit.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract:
                "Kör pluginen mot protokollets kontrollfall och skriv en rapport (felkod om något fall underkänns).")

        @Argument(help: "Pluginmappen (med plugin.json).")
        var folder: String

        @Option(name: [.customLong("deadline"), .customLong("tidsgrans")], help: "Tidsgräns per fall i sekunder.")
        var deadline: Int = 60

        func run() throws {
            let plugin = try PluginCommand.load(folder)
            let conformance = PluginConformance(configuration: PluginHostConfiguration(deadline: .seconds(deadline)))
            let results = conformance.check(plugin)
            print(PluginConformance.report(results, plugin: plugin))
            if results.contains(where: \.isFailure) { throw ExitCode.failure }
        }
    }

    /// `balans plugin hash <dir>`: the allowlist line.
    struct Hash: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hash", abstract: "Skriv pluginens rad för listan över tillåtna pluginer (id och SHA-256).")

        @Argument(help: "Pluginmappen (med plugin.json).")
        var folder: String

        func run() throws {
            print(try PluginCommand.load(folder).allowlistEntry.line)
        }
    }

    static func load(_ folder: String) throws -> PluginPackage {
        do {
            return try PluginPackage.load(from: URL(fileURLWithPath: folder))
        } catch {
            throw ValidationError(error.message)
        }
    }
}
