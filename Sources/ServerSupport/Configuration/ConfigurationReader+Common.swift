public import Logging

extension ConfigurationReader {
    /// `logging.level`-style settings: trace, debug, info, notice, warning, error or critical.
    public mutating func logLevel(_ key: String, default defaultValue: Logger.Level) throws -> Logger.Level {
        try choice(
            key, default: defaultValue,
            options: [
                "trace": .trace, "debug": .debug, "info": .info, "notice": .notice, "warning": .warning,
                "error": .error, "critical": .critical,
            ])
    }

    /// A length of time given in whole seconds.
    public mutating func seconds(_ key: String, default defaultValue: Duration, in range: ClosedRange<Int>) throws
        -> Duration
    {
        let seconds = try integer(key, default: Int(defaultValue.components.seconds), in: range)
        return .seconds(seconds)
    }
}
