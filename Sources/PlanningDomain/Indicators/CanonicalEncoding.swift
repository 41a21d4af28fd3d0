/// A deterministic byte encoding of named fields, hashed to identify catalogue content.
///
/// Each field is written as `name=<byte count>:<UTF-8 bytes>\n`. The length prefix makes the encoding
/// unambiguous whatever the text contains (newlines, `=`, `:`), and fields are written in a fixed order chosen
/// by the caller, so equal content always gives equal bytes. Integers are written in decimal without padding.
/// The first field is a format tag, so a future change of encoding cannot collide with this one.
struct CanonicalEncoding {
    private(set) var bytes: [UInt8] = []

    /// Starts an encoding with the format `tag`, e.g. "balans.indicator-definition/1".
    init(tag: String) {
        append("format", tag)
    }

    /// Appends a text field.
    mutating func append(_ name: String, _ value: String) {
        let utf8 = Array(value.utf8)
        bytes += Array(name.utf8)
        bytes += Array("=\(utf8.count):".utf8)
        bytes += utf8
        bytes.append(0x0A)
    }

    /// Appends an integer field.
    mutating func append(_ name: String, _ value: Int) {
        append(name, String(value))
    }

    /// The SHA-256 of the bytes, as 64 lower-case hex digits.
    var sha256Hex: String { SHA256.hex(bytes) }
}
