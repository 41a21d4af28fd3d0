/// Refuses outgoing payloads that contain a Swedish personnummer or samordningsnummer anywhere in a string.
///
/// Looks at every run of digits bounded by non-digits: 10 or 12 digits, or 6/8 digits, a "-" or "+", and 4
/// digits; each candidate must pass ``PersonalIdentityNumberDetector`` (plausible date, Luhn digit), so counts,
/// dates and ISO weeks are not mistaken for one. Error messages name where the number is, never the number.
public enum DisclosurePayloadScan {
    /// True when `text` contains a personal identity or coordination number anywhere.
    public static func containsPersonalIdentityNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var runs: [(start: Int, end: Int)] = []
        var position = 0
        while position < bytes.count {
            guard isDigit(bytes[position]) else {
                position += 1
                continue
            }
            let start = position
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            runs.append((start, position))
        }
        for (offset, run) in runs.enumerated() {
            let length = run.end - run.start
            if length == 10 || length == 12, detects(bytes[run.start..<run.end]) { return true }
            // "YYMMDD-NNNN" / "YYYYMMDD+NNNN": two runs joined by exactly one separator.
            guard offset + 1 < runs.count, length == 6 || length == 8 else { continue }
            let next = runs[offset + 1]
            guard next.start == run.end + 1, next.end - next.start == 4,
                bytes[run.end] == UInt8(ascii: "-") || bytes[run.end] == UInt8(ascii: "+")
            else { continue }
            if detects(bytes[run.start..<next.end]) { return true }
        }
        return false
    }

    /// Throws when any of `strings` contains a personal identity number; `context` names the payload (Swedish,
    /// e.g. "Exporten av indikatorer") for the message.
    public static func check(_ strings: some Sequence<String>, context: String) throws(DisclosureError) {
        for (index, string) in strings.enumerated() where containsPersonalIdentityNumber(string) {
            throw .personalIdentityNumber(location: "\(context), sträng nr \(index + 1),")
        }
    }

    /// Throws when any key or value of `release` contains a personal identity number.
    public static func check(_ release: ProtectedRelease) throws(DisclosureError) {
        try check(release.payloadStrings, context: "Publiceringen")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func detects(_ bytes: ArraySlice<UInt8>) -> Bool {
        PersonalIdentityNumberDetector.matches(String(decoding: bytes, as: UTF8.self))
    }
}
