/// A malformed allowlist line.
public struct AllowlistParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// A Swedish sentence naming the line and the expected form.
    public var message: String
    /// The message.
    public var description: String { message }
}
