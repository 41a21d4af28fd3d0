/// Why a backup or a restore was refused or failed: a stable code and a Swedish sentence naming the file and
/// the fix. Nothing was changed when one of these is thrown.
public struct DatabaseBackupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable machine-readable codes.
    public enum Code: String, Sendable {
        /// The source database or backup file does not exist.
        case missingFile = "backup.missing_file"
        /// The destination exists and would be overwritten.
        case destinationExists = "backup.destination_exists"
        /// The file is not a Balans database (no known migrations).
        case notABalansDatabase = "backup.not_balans"
        /// The file was written by a newer Balans (migrations this build does not know).
        case newerSchema = "backup.newer_schema"
        /// `PRAGMA integrity_check` or `foreign_key_check` found problems.
        case integrity = "backup.integrity"
        /// SQLite failed while copying.
        case copyFailed = "backup.copy_failed"
    }

    /// What kind of problem.
    public var code: Code
    /// What went wrong and what to do, in Swedish.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
