/// The natural key of a synced item: `owner/kind/part/…`, e.g. `01/indicator/vantetid-90/v3/ortopedi/2025-W07`.
///
/// The first segment names the one writer of the key (a region code, or `hub` for hub-owned data); the hub
/// refuses an item whose owner is not the authenticated region. Segments are percent-escaped (`%` → `%25`,
/// `/` → `%2F`) so any text can be a part.
public struct NaturalKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The key as it travels (`01/indicator/…`).
    public let rawValue: String

    /// Builds a key from its owner, its kind and further parts.
    public init(owner: String, kind: String, parts: [String]) {
        rawValue = ([owner, kind] + parts).map(Self.escape).joined(separator: "/")
    }

    /// Parses a travelling key; nil unless it has an owner and a kind, both non-empty.
    public init?(rawValue: String) {
        // An owner and a kind, both non-empty: a byte scan (keys are read by the thousand on every page and batch).
        let bytes = rawValue.utf8
        guard let firstSlash = bytes.firstIndex(of: UInt8(ascii: "/")), firstSlash != bytes.startIndex else {
            return nil
        }
        let kindStart = bytes.index(after: firstSlash)
        guard kindStart != bytes.endIndex, bytes[kindStart] != UInt8(ascii: "/") else { return nil }
        self.rawValue = rawValue
    }

    /// The one writer of this key: a region code or `hub`.
    public var owner: String {
        // The first segment only (the hub checks the owner of every item it receives).
        let end = rawValue.utf8.firstIndex(of: UInt8(ascii: "/")) ?? rawValue.endIndex
        return Self.unescape(String(rawValue[..<end]))
    }

    /// The kind of item (`indicator`, `self-assessment`, …).
    public var kind: String { segments[1] }

    /// All segments, unescaped.
    public var segments: [String] {
        rawValue.split(separator: "/", omittingEmptySubsequences: false).map { Self.unescape(String($0)) }
    }

    /// The raw value.
    public var description: String { rawValue }

    /// Orders keys by their raw value.
    public static func < (lhs: NaturalKey, rhs: NaturalKey) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func escape(_ part: String) -> String {
        // Nearly every part holds neither byte, and a byte scan costs a fraction of the substring search: keys are
        // built for every value the hub publishes, where the search was a quarter of a sync batch's time.
        guard part.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "/") }) else { return part }
        return part.replacingAll("%", with: "%25").replacingAll("/", with: "%2F")
    }

    private static func unescape(_ part: String) -> String {
        guard part.utf8.contains(UInt8(ascii: "%")) else { return part }
        return part.replacingAll("%2F", with: "/").replacingAll("%25", with: "%")
    }
}

extension NaturalKey: Codable {
    /// Decodes a key from its raw string, refusing one without owner and kind.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let key = NaturalKey(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Natural key \"\(text)\" needs at least an owner and a kind: owner/kind/…")
        }
        self = key
    }

    /// Encodes the raw string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension String {
    // Stdlib-only replacement (no Foundation needed for keys).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
