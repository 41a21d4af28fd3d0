extension ISOWeek {
    /// Parses a week written the ways planners write it.
    ///
    /// Accepted: a four-digit year, then an optional "-" or spaces, then "W", "w", "V" or "v" (Swedish *vecka*),
    /// then optional spaces, then a one- or two-digit week. Examples: "2025-W07", "2025W07", "2025-W7",
    /// "2025 v 7", "2025v07", "2025-w07". No leading or trailing whitespace is accepted.
    /// Returns ``ISOWeekParseError/weekOutOfRange(year:week:weeksInYear:)`` for a well-formed week that does not
    /// exist, so an importer can say "2025 has 52 ISO weeks".
    public static func parse(_ text: some StringProtocol) -> Result<ISOWeek, ISOWeekParseError> {
        ASCIIDigits.withUTF8(text) { parse(utf8: $0) }
    }

    /// Parses UTF-8 bytes like ``parse(_:)`` without allocating; meant for bulk CSV import.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<ISOWeek, ISOWeekParseError> {
        guard let year = ASCIIDigits.number(in: bytes, at: 0, count: 4) else { return .failure(.malformed) }
        var index = 4
        if index < bytes.count, bytes[index] == ASCIIDigits.hyphen {
            index += 1
        } else {
            while index < bytes.count, bytes[index] == ASCIIDigits.space { index += 1 }
        }
        guard index < bytes.count, isWeekLetter(bytes[index]) else { return .failure(.malformed) }
        index += 1
        while index < bytes.count, bytes[index] == ASCIIDigits.space { index += 1 }
        let digitCount = bytes.count - index
        guard digitCount == 1 || digitCount == 2,
            let week = ASCIIDigits.number(in: bytes, at: index, count: digitCount)
        else { return .failure(.malformed) }
        guard let result = ISOWeek(year: year, week: week) else {
            return .failure(.weekOutOfRange(year: year, week: week, weeksInYear: weeksIn(year: year)))
        }
        return .success(result)
    }

    private static func isWeekLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "W"), UInt8(ascii: "w"), UInt8(ascii: "V"), UInt8(ascii: "v"): true
        default: false
        }
    }
}

extension ISOWeek: Codable {
    /// Decodes from the string form "YYYY-Www" (any form ``parse(_:)`` accepts).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch ISOWeek.parse(text) {
        case let .success(week):
            self = week
        case let .failure(error):
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes as the string "YYYY-Www", e.g. "2025-W07".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
