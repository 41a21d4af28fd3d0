import Foundation
import PlanningDomain
import PluginHost
import Testing

@Suite struct AllowlistTests {
    private let hash = String(repeating: "ab", count: 32)

    @Test func parsesLinesCommentsAndBlankLines() throws {
        let list = try PluginAllowlist.parse("# godkända\n\nseasonal-python \(hash.uppercased())  # v1\n")
        #expect(list.entries == [PluginAllowlist.Entry(pluginID: "seasonal-python", hash: hash)])
        #expect(list.allows(pluginID: "seasonal-python", hash: hash))
        #expect(!list.allows(pluginID: "other", hash: hash))
    }

    @Test func malformedLineNamesTheLine() {
        #expect(throws: AllowlistParseError.self) { try PluginAllowlist.parse("ok \(hash)\nbroken-line\n") }
        do {
            _ = try PluginAllowlist.parse("ok \(hash)\nbroken 1234\n")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.hasPrefix("Rad 2"))
        }
    }

    @Test func emptyListRunsNothing() throws {
        let plugin = try TestPlugins.misbehaving("ok")
        let runner = PluginRunner(allowlist: .empty)
        guard case let .failure(failure) = runner.run(TestPlugins.request, with: plugin) else {
            Issue.record("an empty allowlist ran a plugin")
            return
        }
        #expect(failure.code == .notAllowlisted)
    }

    @Test func changingTheExecutableRevokesThePin() throws {
        let plugin = try TestPlugins.misbehaving("ok")
        let runner = TestPlugins.runner(allowing: [plugin])
        #expect((try? runner.run(TestPlugins.request, with: plugin).get()) != nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: plugin.executablePath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n# tampered\n".utf8))
        try handle.close()
        guard case let .failure(failure) = runner.run(TestPlugins.request, with: plugin) else {
            Issue.record("a changed plugin ran")
            return
        }
        #expect(failure.code == .notAllowlisted)
    }

    @Test func fingerprintIsReproducibleFromTheParts() {
        let manifest = Data("{}".utf8)
        let executable = Data("#!/bin/sh\n".utf8)
        let text = "balans-plugin-v1\n\(SHA256.hex(manifest))\n\(SHA256.hex(executable))\n"
        #expect(PluginPackage.fingerprint(manifest: manifest, executable: executable) == SHA256.hex(Array(text.utf8)))
    }
}
