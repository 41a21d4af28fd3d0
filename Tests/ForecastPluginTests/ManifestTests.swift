import ForecastPlugin
import Testing

@Suite struct ManifestTests {
    private func manifest(id: String = "ok-1", executable: String = "plugin.py", horizon: Int = 52) -> PluginManifest {
        PluginManifest(
            id: id, name: "n", version: "1", executable: executable, frequencies: [.weekly], maximumHorizon: horizon,
            description: "d", author: "a", contact: "c", language: "python")
    }

    @Test func aPlainManifestHasNoProblems() {
        #expect(manifest().problems.isEmpty)
    }

    @Test func executableMustStayInsideTheFolder() {
        #expect(!manifest(executable: "../evil.sh").problems.isEmpty)
        #expect(!manifest(executable: "/usr/bin/python3").problems.isEmpty)
        #expect(manifest(executable: "bin/run").problems.isEmpty)
    }

    @Test func idAndHorizonAreChecked() {
        #expect(manifest(id: "Has Space").problems.first?.contains("id") == true)
        #expect(manifest(horizon: 0).problems.first?.contains("maximumHorizon") == true)
    }

    @Test func anotherProtocolVersionIsRejected() {
        var other = manifest()
        other.protocolVersion = 2
        #expect(other.problems.first?.contains("protocolVersion") == true)
    }
}
