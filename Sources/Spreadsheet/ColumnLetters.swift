/// Returns the Excel column letters for a zero-based column index: 0 is `"A"`, 25 `"Z"`, 26 `"AA"`, 702 `"AAA"`.
///
/// Negative indexes have no column and give an empty string.
public func columnLetters(forIndex index: Int) -> String {
    guard index >= 0 else { return "" }
    // Bijective base 26: there is no zero digit, so shift by one before every division.
    var remaining = index + 1
    var bytes: [UInt8] = []
    while remaining > 0 {
        bytes.append(UInt8(ascii: "A") + UInt8((remaining - 1) % 26))
        remaining = (remaining - 1) / 26
    }
    return String(decoding: bytes.reversed(), as: UTF8.self)
}
