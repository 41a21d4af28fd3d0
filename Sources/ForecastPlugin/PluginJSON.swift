public import Foundation

/// JSON coding settings shared by the host and plugin tooling, so messages are byte-for-byte reproducible
/// (the input hash in a forecast's provenance is the SHA-256 of these bytes).
public enum PluginJSON {
    /// An encoder with sorted keys and unescaped slashes; compact unless `pretty`.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes `value` with ``encoder(pretty:)``.
    public static func encode(_ value: some Encodable, pretty: Bool = false) throws -> Data {
        try encoder(pretty: pretty).encode(value)
    }
}
