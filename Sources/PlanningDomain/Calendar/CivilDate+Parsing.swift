extension CivilDate {
    /// Parses "YYYY-MM-DD" or "YYYYMMDD" exactly: four-digit year, no surrounding whitespace, no time part.
    ///
    /// Returns nil for anything else, including dates that do not exist such as "2025-02-29".
    public static func parse(_ text: some StringProtocol) -> CivilDate? {
        ASCIIDigits.withUTF8(text) { parse(utf8: $0) }
    }

    /// Parses UTF-8 bytes in the same formats as ``parse(_:)`` without allocating; meant for bulk CSV import.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        let monthStart: Int
        let dayStart: Int
        switch bytes.count {
        case 10:
            guard bytes[4] == ASCIIDigits.hyphen, bytes[7] == ASCIIDigits.hyphen else { return nil }
            monthStart = 5
            dayStart = 8
        case 8:
            monthStart = 4
            dayStart = 6
        default:
            return nil
        }
        guard let year = ASCIIDigits.number(in: bytes, at: 0, count: 4),
            let month = ASCIIDigits.number(in: bytes, at: monthStart, count: 2),
            let day = ASCIIDigits.number(in: bytes, at: dayStart, count: 2)
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }
}

extension CivilDate: Codable {
    /// Decodes from the string form "YYYY-MM-DD" (or "YYYYMMDD").
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate.parse(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a date as YYYY-MM-DD, got \"\(text)\".")
        }
        self = date
    }

    /// Encodes as the string "YYYY-MM-DD".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
