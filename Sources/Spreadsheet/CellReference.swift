/// A parsed A1-style cell reference as found in `<c r="C5">`: zero-based column, one-based row.
struct CellReference: Equatable {
    /// The highest zero-based column Excel allows (`XFD`).
    static let maximumColumn = 16_383

    /// Zero-based column index; 0 is column A.
    let column: Int
    /// One-based row number, or `nil` when the reference has only column letters.
    let row: Int?

    /// Parses `"C5"`, `"c5"` or `"XFD1048576"`; returns `nil` for anything else. Columns beyond `XFD` parse (so
    /// the caller can report them as too large) but stop growing once past the limit, which avoids overflow.
    init?(_ text: String) {
        var column = 0
        var row = 0
        var letterCount = 0
        var digitCount = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digitCount == 0 else { return nil }
                letterCount += 1
                if column <= Self.maximumColumn + 1 {
                    column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letterCount > 0 else { return nil }
                digitCount += 1
                guard digitCount <= 9 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
        }
        guard letterCount > 0 else { return nil }
        self.column = column - 1
        self.row = digitCount > 0 ? row : nil
    }
}
