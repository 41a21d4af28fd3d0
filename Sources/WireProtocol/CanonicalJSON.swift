import Foundation
import PlanningDomain

/// The one byte-exact JSON form used for content hashes, request bodies and golden files.
///
/// Rules (also in `docs/sync-protocol.md` §3): UTF-8; no whitespace; object keys sorted by their UTF-8 bytes;
/// absent optionals are omitted, never `null`; strings escape only `"`, `\` and U+0000–U+001F (`\b \f \n \r \t`
/// short forms, others `\u00xx` in lower-case hex), everything else is written raw; a number whose value is an
/// integer with magnitude below 2^53 is written as that integer (`3`, never `3.0`), any other finite number in
/// Swift's shortest round-trip form (`0.1`, `1e-07`); non-finite numbers are refused.
public enum CanonicalJSON {
    /// Why a value has no canonical form.
    public struct EncodingError: Error, Equatable, Sendable {
        /// Stable code: `canonical.not_encodable`.
        public var code: String
        /// A sentence naming the problem.
        public var message: String
    }

    /// The canonical bytes of any `Encodable` value.
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        bytes(of: try jsonValue(value))
    }

    /// `value` as a ``JSONValue`` tree (through `JSONEncoder`, so custom `Codable` conformances are honoured).
    public static func jsonValue(_ value: some Encodable) throws -> JSONValue {
        if let tree = value as? JSONValue { return tree }
        if let convertible = value as? any JSONValueConvertible, let tree = convertible.jsonTree { return tree }
        let data: Data
        do {
            data = try JSONEncoder().encode(value)
        } catch {
            throw EncodingError(
                code: "canonical.not_encodable",
                message: "The value of type \(type(of: value)) cannot be encoded as JSON (\(error)); "
                    + "numbers must be finite.")
        }
        return try parse(Array(data))
    }

    /// Parses JSON bytes (canonical or not) into a tree; strict RFC 8259, duplicate keys refused.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: [], debugDescription: "Invalid JSON at byte \(error.offset): \(error.message)."))
        }
    }

    /// Decodes `type` from JSON bytes (canonical or not).
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try decode(type, from: parse(bytes))
    }

    /// Converts a ``JSONValue`` tree into a typed value: with the type's direct reader when it has one
    /// (``JSONTreeReadable``) and it reads the tree, else through `Decodable`.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        if let readable = type as? any JSONTreeReadable.Type, let read = readable.init(jsonTree: value) as? T {
            return read
        }
        return try JSONValueDecoder.decode(type, from: value)
    }

    /// SHA-256 (lower-case hex) of the canonical bytes of `value`: the content hash of an item payload.
    public static func sha256Hex(of value: JSONValue) -> String {
        ContentDigest.sha256Hex(bytes(of: value))
    }

    /// The canonical JSON of a ``JSONValue`` as text (as the stores keep it).
    public static func text(of value: JSONValue) -> String {
        String(decoding: bytes(of: value), as: UTF8.self)
    }

    /// The canonical bytes of a ``JSONValue``.
    public static func bytes(of value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(value, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let bool): output.append(contentsOf: (bool ? "true" : "false").utf8)
        case .number(let number): writeNumber(number, into: &output)
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(element, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            // Byte order, not `String` order: the rule must be implementable identically in any language.
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in sorted.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                write(member.value, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends a finite number in its canonical text; integers digit by digit, without an intermediate `String`.
    static func writeNumber(_ number: Double, into output: inout [UInt8]) {
        guard number.rounded() == number, abs(number) < 9_007_199_254_740_992 else {
            output.append(contentsOf: number.description.utf8)
            return
        }
        var magnitude = Int64(number)
        if magnitude < 0 {
            output.append(UInt8(ascii: "-"))
            magnitude = -magnitude
        }
        if magnitude < 10 {
            output.append(UInt8(ascii: "0") + UInt8(magnitude))
            return
        }
        let start = output.count
        while magnitude > 0 {
            output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        output[start...].reverse()
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string literal in the canonical escaping (for writers that build large JSON by hand,
    /// such as the hub's per-item receipts).
    public static func writeString(_ text: String, into output: inout [UInt8]) {
        let hex = hexDigits
        // Nearly every string needs no escape: copy its bytes in one go.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(UInt8(ascii: "\""))
            output.append(contentsOf: text.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: output += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: output += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20:
                output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
