/// A light check of caller-given ISO 8601 timestamps: "YYYY-MM-DDThh:mm", optionally followed by seconds,
/// fractions and a zone ("Z" or "+01:00"). The domain keeps timestamps as the caller's strings; this only
/// stops obviously wrong values (empty, a date without a time, "14/3 09:30") from entering the audit trail.
enum PlanTimestamp {
    static func isValid(_ text: String) -> Bool {
        let characters = Array(text.utf8)
        guard characters.count >= 16, characters[10] == UInt8(ascii: "T") || characters[10] == UInt8(ascii: " "),
            CivilDate.parse(String(decoding: characters[0..<10], as: UTF8.self)) != nil,
            characters[13] == UInt8(ascii: ":"),
            let hour = twoDigits(characters[11], characters[12]), hour < 24,
            let minute = twoDigits(characters[14], characters[15]), minute < 60
        else { return false }
        return true
    }

    private static func twoDigits(_ tens: UInt8, _ ones: UInt8) -> Int? {
        let zero = UInt8(ascii: "0")
        let nine = UInt8(ascii: "9")
        guard (zero...nine).contains(tens), (zero...nine).contains(ones) else { return nil }
        return Int(tens - zero) * 10 + Int(ones - zero)
    }
}
