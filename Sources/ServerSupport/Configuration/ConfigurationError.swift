/// Why a configuration could not be used: names the source (file and line, or environment variable), the key,
/// the value and the fix, in Swedish, so that startup can stop with one readable line.
///
/// Example: `Config/node.yaml:4: server.port: "abc" är inte ett heltal (0–65535)`.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable machine-readable code.
    public enum Code: String, Sendable {
        /// The file could not be read.
        case unreadableFile = "config.unreadable_file"
        /// The YAML itself is malformed.
        case malformedYAML = "config.malformed_yaml"
        /// A key that no setting has.
        case unknownKey = "config.unknown_key"
        /// A value of the wrong type or out of range.
        case invalidValue = "config.invalid_value"
        /// Two settings that cannot be used together (e.g. a TLS certificate without its key).
        case inconsistent = "config.inconsistent"
    }

    /// What kind of problem.
    public var code: Code
    /// Where the value came from: `Config/node.yaml:4`, `miljövariabeln BALANS_SERVER_PORT`, or the file alone.
    public var source: String
    /// The dotted key, e.g. `server.port` (empty for whole-file problems).
    public var key: String
    /// The Swedish explanation, naming the value and the fix.
    public var problem: String

    /// Creates an error.
    public init(_ code: Code, source: String, key: String, problem: String) {
        self.code = code
        self.source = source
        self.key = key
        self.problem = problem
    }

    /// The one-line message: source, key, problem.
    public var description: String {
        key.isEmpty ? "\(source): \(problem)" : "\(source): \(key): \(problem)"
    }
}
