import Foundation
import ServerSupport
import Testing

/// The example files in `Config/` are the configuration reference: they must load, state exactly the code's
/// defaults, and document every key the code reads.
@Suite("Config/*.yaml examples")
struct ExampleConfigurationTests {
    static let configFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Config")

    func text(_ name: String) throws -> String {
        try String(contentsOf: Self.configFolder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func nodeExampleStatesTheDefaults() throws {
        let path = Self.configFolder.appendingPathComponent("node.yaml").path
        #expect(try NodeConfiguration.load(file: path, environment: [:]) == NodeConfiguration())
    }

    @Test func hubExampleStatesTheDefaults() throws {
        let path = Self.configFolder.appendingPathComponent("hub.yaml").path
        #expect(try HubConfiguration.load(file: path, environment: [:]) == HubConfiguration())
    }

    @Test func everyKeyIsWrittenInItsExampleFile() throws {
        for (file, keys) in [("node.yaml", NodeConfiguration.keys), ("hub.yaml", HubConfiguration.keys)] {
            let document = try ConfigurationDocument.parse(yaml: try text(file), file: file)
            #expect(!keys.isEmpty)
            for key in keys {
                #expect(document.values[key] != nil, "\(file) does not document \(key)")
            }
        }
    }
}
