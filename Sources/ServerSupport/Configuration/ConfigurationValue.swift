/// One setting as written in a configuration file or an environment variable, before it is typed.
public struct ConfigurationValue: Sendable, Equatable {
    /// What was written.
    public enum Content: Sendable, Equatable {
        /// A plain or quoted scalar; typed later by ``ConfigurationReader``.
        case scalar(String)
        /// An explicit null (`~`, `null`, or nothing after the colon): the default applies.
        case null
        /// A list of scalars.
        case list([String])
        /// A nested table where a value was expected (only reported when the key is a setting).
        case table
    }

    /// The content.
    public var content: Content
    /// Where it came from, for messages: `Config/node.yaml:4` or `miljövariabeln BALANS_SERVER_PORT`.
    public var source: String

    /// Creates a value.
    public init(_ content: Content, source: String) {
        self.content = content
        self.source = source
    }
}
