/// Recognises Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer).
///
/// Used to refuse import files and outgoing payloads that carry one: no person-level identity is ever stored or
/// sent. Accepts `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `YYMMDD-NNNN`, `YYMMDD+NNNN` (and without separator when 10
/// digits), requires a plausible birth date (day + 60 for samordningsnummer) and a valid Luhn check digit, so
/// ordinary numbers and dates are not mistaken for one.
public enum PersonalIdentityNumberDetector {
    /// True when `text` (trimmed) is a personal identity or coordination number.
    public static func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches(utf8: $0) }
    }

    /// True when `text` (trimmed) is a personal identity or coordination number.
    public static func matches(_ text: Substring) -> Bool { matches(String(text)) }

    /// True when the UTF-8 bytes (trimmed) are a personal identity or coordination number.
    public static func matches(utf8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        // Cheap first pass without allocating: most cells (codes, dates, counts) fail here.
        var digitCount = 0
        var otherCount = 0
        for byte in text {
            if byte >= 0x30 && byte <= 0x39 {
                digitCount += 1
            } else if byte != 0x20 {
                otherCount += 1
                if otherCount > 1 || (byte != 0x2D && byte != 0x2B) { return false }
            }
        }
        guard digitCount == 10 || digitCount == 12 else { return false }
        var digits: [UInt8] = []
        digits.reserveCapacity(12)
        var separatorSeen = false
        var index = 0
        let utf8 = Array(text)
        var start = 0
        var end = utf8.count
        while start < end, utf8[start] == 0x20 { start += 1 }
        while end > start, utf8[end - 1] == 0x20 { end -= 1 }
        let length = end - start
        guard length >= 10, length <= 13 else { return false }
        for byte in utf8[start..<end] {
            if byte >= 0x30 && byte <= 0x39 {
                digits.append(byte - 0x30)
            } else if (byte == 0x2D || byte == 0x2B) && !separatorSeen && digits.count >= 6 {
                separatorSeen = true
                // The separator must sit just before the last four digits.
                guard end - start - index - 1 == 4 else { return false }
            } else {
                return false
            }
            index += 1
        }
        let ten: ArraySlice<UInt8>
        switch digits.count {
        case 12:
            let century = Int(digits[0]) * 10 + Int(digits[1])
            guard century == 18 || century == 19 || century == 20 else { return false }
            ten = digits[2...]
        case 10: ten = digits[...]
        default: return false
        }
        let month = Int(ten[ten.startIndex + 2]) * 10 + Int(ten[ten.startIndex + 3])
        var day = Int(ten[ten.startIndex + 4]) * 10 + Int(ten[ten.startIndex + 5])
        if day > 60 { day -= 60 }
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        return luhnValid(ten)
    }

    /// Luhn (mod 10) check over the ten-digit form.
    static func luhnValid(_ digits: ArraySlice<UInt8>) -> Bool {
        var sum = 0
        for (offset, digit) in digits.enumerated() {
            var value = Int(digit) * (offset % 2 == 0 ? 2 : 1)
            if value > 9 { value -= 9 }
            sum += value
        }
        return sum % 10 == 0
    }

    /// True when a column header suggests it holds personal identity numbers.
    public static func isIdentityHeader(_ header: some StringProtocol) -> Bool {
        let folded = TextFolding.fold(header)
        let names: Set<String> = [
            "personnummer", "pnr", "personnr", "person_nummer", "samordningsnummer", "personal_identity_number",
            "ssn", "patient_id_nummer", "personid",
        ]
        return names.contains(folded)
    }
}
