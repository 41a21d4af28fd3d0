import Foundation

/// Reads files from this test target's `Fixtures/` folder (located from the source path, so no bundle is needed).
enum FixtureFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        var bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        while bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        return bytes
    }
}
