import Foundation
import ServerSupport

/// Loads a server's configuration for a `serve` command: the documented defaults, then the file (if any), then
/// `BALANS_<SECTION>_<KEY>` variables. A bad key or value stops startup with one line naming the file (and line),
/// the key and the fix; the caller then applies its command-line flags on top.
func loadServerConfiguration<Configuration: LoadableConfiguration>(
    _ type: Configuration.Type, file: String?, environment: [String: String] = ProcessInfo.processInfo.environment
) throws -> Configuration {
    do {
        return try Configuration.load(file: file, environment: environment)
    } catch let error as ConfigurationError {
        throw Refusal(error.description)
    }
}

/// Builds the listening application, turning a bad TLS file into a one-line refusal.
func refusingBadConfiguration<Value>(_ body: () throws -> Value) throws -> Value {
    do {
        return try body()
    } catch let error as ConfigurationError {
        throw Refusal(error.description)
    }
}

/// Makes sure the folder that will hold `databasePath` exists (the default `data/…` on a fresh install).
func createParentFolder(of databasePath: String) throws {
    let folder = URL(fileURLWithPath: databasePath).deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
}
