/// How a child process run ended, with what it wrote (each stream at most its cap).
struct ProcessOutcome: Sendable {
    enum Termination: Sendable, Hashable {
        /// Exited by itself with this status.
        case exited(Int32)
        /// Killed by this signal (not by the host).
        case signaled(Int32)
        /// The deadline passed; the host killed the process group.
        case timedOut
        /// Standard output passed its cap; the host killed the process group.
        case outputTooLarge
        /// Standard error passed its cap; the host killed the process group.
        case logTooLarge
    }

    var termination: Termination
    var output: [UInt8]
    var log: [UInt8]
    var duration: Duration
}

/// What a child process is started with.
struct ProcessSpec: Sendable {
    var executable: String
    var arguments: [String]
    var environment: [String: String]
    var workingDirectory: String
    var input: [UInt8]
    var deadline: Duration
    var maximumOutputBytes: Int
    var maximumLogBytes: Int
}

/// The process could not be started.
struct SpawnError: Error, Sendable {
    var message: String
}
