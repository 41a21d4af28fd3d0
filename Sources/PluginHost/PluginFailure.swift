public import ForecastPlugin

/// Why a plugin run produced no forecast. The run is all or nothing: a failure never carries partial output.
public struct PluginFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for code, tests and metrics.
    public enum Code: Sendable, Hashable {
        /// The plugin's current hash is not on the allowlist (or the allowlist is empty).
        case notAllowlisted
        /// The plugin folder, manifest or executable is unusable.
        case invalidPlugin
        /// The request cannot be sent to this plugin (frequency or horizon it does not support).
        case unsupportedRequest
        /// The process could not be started.
        case spawnFailed
        /// The deadline passed; the whole process group was killed.
        case timedOut
        /// The process exited with a non-zero status.
        case exitedWithStatus(Int32)
        /// The process was killed by a signal (crash, abort).
        case crashed(signal: Int32)
        /// Standard output grew beyond its cap.
        case outputTooLarge
        /// Standard error grew beyond its cap.
        case logTooLarge
        /// The output did not validate (invalid or partial JSON, wrong keys, bad numbers, …).
        case invalidResponse([ResponseProblem])
    }

    /// What went wrong.
    public var code: Code
    /// The plugin concerned.
    public var pluginID: String
    /// A Swedish sentence for planners and the log.
    public var message: String
    /// The tail of the plugin's standard error, for the log (never shown to planners).
    public var log: String

    /// Creates a failure.
    public init(_ code: Code, pluginID: String, message: String, log: String = "") {
        self.code = code
        self.pluginID = pluginID
        self.message = message
        self.log = log
    }

    /// The message.
    public var description: String { message }
}
