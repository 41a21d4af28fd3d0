public import Foundation
public import Logging

/// Writes one logfmt line per event (`time=… level=info logger=balans.node msg=request http.status=200`), which
/// both people and log shippers (Loki, Vector, journald) read without a parser of their own.
///
/// Keys are the dotted lowercase metadata keys the code uses (`http.route`, `sync.stream`); values with spaces,
/// quotes or `=` are quoted. Metadata is sorted by key, so lines are stable.
public struct LogfmtLogHandler: LogHandler {
    /// The minimum level written.
    public var logLevel: Logger.Level
    /// Metadata attached to every line of this logger.
    public var metadata: Logger.Metadata = [:]
    /// Contextual metadata (e.g. task-local request ids).
    public var metadataProvider: Logger.MetadataProvider?

    private let label: String
    private let write: @Sendable (String) -> Void
    private let now: @Sendable () -> Date

    /// Creates a handler.
    ///
    /// - Parameters:
    ///   - write: receives each finished line including its newline; standard error by default.
    ///   - now: the clock for the `time` field.
    public init(
        label: String, level: Logger.Level = .info, metadataProvider: Logger.MetadataProvider? = nil,
        write: @escaping @Sendable (String) -> Void = LogfmtLogHandler.standardError,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.label = label
        self.logLevel = level
        self.metadataProvider = metadataProvider
        self.write = write
        self.now = now
    }

    /// Writes `line` to standard error unbuffered, so lines from several tasks never interleave mid-line.
    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Gets or sets one metadata value.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Formats and writes the event.
    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let own = event.metadata { merged.merge(own) { _, new in new } }
        var line = "time=\(now().formatted(.iso8601)) level=\(event.level.rawValue) logger=\(Self.quoted(label))"
        line += " msg=\(Self.quoted(event.message.description))"
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += " \(Self.key(key))=\(Self.quoted(value.description))"
        }
        if event.level >= .error, !event.source.isEmpty {
            line += " source=\(Self.quoted(event.source))"
        }
        write(line + "\n")
    }

    /// A value as logfmt writes it: bare when it is a single safe token, otherwise quoted with `\"`, `\\` and
    /// `\n` escaped.
    static func quoted(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.contains { $0 == " " || $0 == "=" || $0 == "\"" || $0.isNewline }
        guard needsQuotes || value.contains("\\") else { return value }
        var escaped = ""
        for character in value {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }

    /// Keys may not contain spaces, quotes or `=`; such characters become `_`.
    static func key(_ key: String) -> String {
        String(key.map { $0 == " " || $0 == "=" || $0 == "\"" || $0.isNewline ? "_" : $0 })
    }
}
