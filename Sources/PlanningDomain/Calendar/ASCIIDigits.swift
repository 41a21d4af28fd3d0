// Byte-level helpers shared by the non-allocating parsers. Internal on purpose: callers parse through
// `CivilDate.parse(utf8:)`, `ISOWeek.parse(utf8:)` and friends.
enum ASCIIDigits {
    static let zero = UInt8(ascii: "0")
    static let hyphen = UInt8(ascii: "-")
    static let space = UInt8(ascii: " ")

    /// The value of one ASCII digit, or nil.
    @inline(__always)
    static func digit(_ byte: UInt8) -> Int? {
        let value = byte &- zero
        return value < 10 ? Int(value) : nil
    }

    /// The value of the `count` ASCII digits starting at `start`, or nil if any is not a digit or out of bounds.
    static func number(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, count: Int) -> Int? {
        guard start >= 0, count > 0, start + count <= bytes.count else { return nil }
        var result = 0
        for index in start..<(start + count) {
            guard let value = digit(bytes[index]) else { return nil }
            result = result * 10 + value
        }
        return result
    }

    /// Runs `body` over the UTF-8 bytes of `text`, copying only if the string is not stored contiguously.
    static func withUTF8<Result>(
        _ text: some StringProtocol,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        // Bridged or otherwise non-contiguous strings are rare; a copy is fine there.
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Zero-pads a non-negative number to `width` digits; negative numbers keep their sign in front.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// Parses "YYYY-" followed by an optional letter (either case) and exactly `digits` digits, returning the
    /// year and the trailing number. Used by the period types' textual forms ("2025-03", "2025-Q1", "2025-T1").
    static func parseYearAndOrdinal(
        _ text: some StringProtocol,
        letter: Unicode.Scalar?,
        digits: Int
    ) -> (year: Int, ordinal: Int)? {
        withUTF8(text) { bytes in
            let letterCount = letter == nil ? 0 : 1
            guard bytes.count == 5 + letterCount + digits, bytes[4] == hyphen,
                let year = number(in: bytes, at: 0, count: 4)
            else { return nil }
            // Setting bit 0x20 folds ASCII letters to lower case.
            if let letter, bytes[5] | 0x20 != UInt8(ascii: letter) | 0x20 { return nil }
            guard let ordinal = number(in: bytes, at: 5 + letterCount, count: digits) else { return nil }
            return (year, ordinal)
        }
    }
}
