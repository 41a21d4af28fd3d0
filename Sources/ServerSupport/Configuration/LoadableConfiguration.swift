/// A configuration value type read from `Config/*.yaml` with `BALANS_…` environment overrides.
///
/// Conforming types read every setting (with its default) from a ``ConfigurationReader``; loading adds the
/// environment, then refuses unknown keys, so one typo stops startup with a message naming the key.
public protocol LoadableConfiguration: Sendable {
    /// Reads every setting; throws ``ConfigurationError`` for a bad value or an inconsistent pair.
    init(reading reader: inout ConfigurationReader) throws
}

extension LoadableConfiguration {
    /// Every dotted key the type reads, in reading order (for documentation checks and environment overrides).
    public static var keys: [String] {
        var reader = ConfigurationReader(ConfigurationDocument(file: "(standardvärden)"))
        // Defaults are consistent by construction, so reading an empty document cannot fail.
        _ = try? Self(reading: &reader)
        return reader.knownKeys
    }

    /// Loads `file` (or only the defaults when nil), applies environment overrides and validates everything.
    ///
    /// Precedence, lowest first: defaults, the file, `BALANS_<SECTION>_<KEY>` variables. Command-line flags are
    /// applied by the caller on the returned value.
    public static func load(file: String?, environment: [String: String]) throws -> Self {
        let document = try file.map { try ConfigurationDocument.load(path: $0) }
        return try load(document: document ?? ConfigurationDocument(file: "(standardvärden)"), environment: environment)
    }

    /// Validates an already parsed document after applying environment overrides.
    public static func load(document: ConfigurationDocument, environment: [String: String]) throws -> Self {
        var document = document
        document.applyEnvironment(environment, keys: keys)
        var reader = ConfigurationReader(document)
        let value = try Self(reading: &reader)
        try reader.rejectUnknownKeys()
        return value
    }
}
