/// Rewrites numbers as Excel stores them (`12.0`, `1.5E-2`, `-2.50E+3`) into plain decimals (`12`, `0.015`,
/// `-2500`) by moving digits, never through `Double`, so that every written digit survives.
enum DecimalNormalizer {
    /// Exponents beyond this are left as written; Excel's own range ends at about 1E+308, and a hostile
    /// `1E999999999` must not turn into a billion zeros.
    static let maximumExponent = 400

    /// Returns the plain decimal spelling of `text`, or `text` unchanged when it is not a decimal number.
    static func normalized(_ text: String) -> String {
        var negative = false
        var digits: [UInt8] = []
        var integerDigitCount = 0
        var seenPoint = false
        var seenDigit = false
        var exponent = 0
        var bytes = text.utf8.makeIterator()
        var next = bytes.next()

        if next == UInt8(ascii: "-") || next == UInt8(ascii: "+") {
            negative = next == UInt8(ascii: "-")
            next = bytes.next()
        }
        mantissa: while let byte = next {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte)
                seenDigit = true
                if !seenPoint { integerDigitCount += 1 }
            case UInt8(ascii: "."):
                guard !seenPoint else { return text }
                seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                break mantissa
            default:
                return text
            }
            next = bytes.next()
        }
        guard seenDigit else { return text }
        if next != nil {
            guard let parsed = parseExponent(&bytes) else { return text }
            exponent = parsed
        }

        // The decimal point sits `pointPosition` digits from the left of `digits`.
        var pointPosition = integerDigitCount + exponent
        let firstSignificant = digits.firstIndex { $0 != UInt8(ascii: "0") }
        guard let firstSignificant else { return "0" }
        let lastSignificant = digits.lastIndex { $0 != UInt8(ascii: "0") }!
        pointPosition -= firstSignificant
        let significant = digits[firstSignificant...lastSignificant]

        var result: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        if pointPosition <= 0 {
            result += [UInt8(ascii: "0"), UInt8(ascii: ".")]
            result += repeatElement(UInt8(ascii: "0"), count: -pointPosition)
            result += significant
        } else if pointPosition >= significant.count {
            result += significant
            result += repeatElement(UInt8(ascii: "0"), count: pointPosition - significant.count)
        } else {
            let split = significant.index(significant.startIndex, offsetBy: pointPosition)
            result += significant[..<split]
            result.append(UInt8(ascii: "."))
            result += significant[split...]
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Reads `[+-]digits` to the end of the text; `nil` when malformed or beyond `maximumExponent`.
    private static func parseExponent(_ bytes: inout String.UTF8View.Iterator) -> Int? {
        var negative = false
        var value = 0
        var digitCount = 0
        var next = bytes.next()
        if next == UInt8(ascii: "-") || next == UInt8(ascii: "+") {
            negative = next == UInt8(ascii: "-")
            next = bytes.next()
        }
        while let byte = next {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digitCount += 1
            guard value <= maximumExponent else { return nil }
            next = bytes.next()
        }
        guard digitCount > 0 else { return nil }
        return negative ? -value : value
    }
}
