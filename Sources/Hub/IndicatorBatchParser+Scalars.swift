extension IndicatorBatchParser {
    /// An object key: a range of the body when it has no escapes (the usual case, compared without copying), else
    /// its decoded UTF-8.
    enum KeyText {
        case raw(Range<Int>)
        case decoded([UInt8])
    }

    /// Whether `key` is `expected`.
    func matches(_ key: KeyText, _ expected: [UInt8]) -> Bool {
        switch key {
        case .raw(let range):
            guard range.count == expected.count else { return false }
            for offset in 0..<expected.count where bytes[range.lowerBound + offset] != expected[offset] {
                return false
            }
            return true
        case .decoded(let text): return text == expected
        }
    }

    /// Reads a key at the cursor (on its opening quote).
    mutating func keyBytes() throws(Failure) -> KeyText {
        let start = index + 1
        if let end = plainStringEnd(from: start) {
            index = end + 1
            return .raw(start..<end)
        }
        return .decoded(Array(try string().utf8))
    }

    /// Reads a string at the cursor (on its opening quote).
    mutating func string() throws(Failure) -> String {
        let start = index + 1
        if let end = plainStringEnd(from: start) {
            index = end + 1
            return try text(start..<end)
        }
        return try escapedString()
    }

    /// The index of the closing quote when the string from `start` has no escape and no control character, else
    /// nil (the cursor does not move).
    private func plainStringEnd(from start: Int) -> Int? {
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") { return end }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            end += 1
        }
        return nil
    }

    /// The bytes in `range` as text; refused when they are not valid UTF-8 (as JSONDecoder refuses them).
    private func text(_ range: Range<Int>) throws(Failure) -> String {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[range])
        var ascii = true
        for byte in slice where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return String(decoding: slice, as: UTF8.self) }
        guard let valid = String(validating: slice, as: UTF8.self) else {
            throw Failure(message: "dokumentet är inte giltig JSON (byte \(range.lowerBound): ogiltig UTF-8).")
        }
        return valid
    }

    private mutating func escapedString() throws(Failure) -> String {
        index += 1
        var result = ""
        var start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                result += try text(start..<index)
                index += 1
                return result
            }
            guard byte >= 0x20 else { throw failure("kontrolltecken i en sträng") }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            result += try text(start..<index)
            index += 1
            guard index < bytes.count else { break }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(escape))
            case UInt8(ascii: "b"): result += "\u{08}"
            case UInt8(ascii: "f"): result += "\u{0C}"
            case UInt8(ascii: "n"): result += "\n"
            case UInt8(ascii: "r"): result += "\r"
            case UInt8(ascii: "t"): result += "\t"
            case UInt8(ascii: "u"): result.unicodeScalars.append(try unicodeEscape())
            default: throw failure("ogiltig escape-sekvens")
            }
            start = index
        }
        throw failure("oavslutad sträng")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard bytes.count - index >= 4 else { throw failure("ogiltig \\u-sekvens") }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("ogiltig \\u-sekvens")
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        let high = try hex4()
        if (0xD800..<0xDC00).contains(high) {
            guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw failure("ensamt surrogat") }
            index += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            else { throw failure("ogiltigt surrogatpar") }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw failure("ensamt surrogat") }
        return scalar
    }

    /// Reads a number at the cursor (RFC 8259 grammar; finite).
    mutating func number() throws(Failure) -> Double {
        let start = index
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        // Digits are accumulated as they are checked; up to 19 of them fit in a UInt64 without overflow.
        var mantissa: UInt64 = 0
        var significant = 0
        var fractionDigits = 0
        let integerStart = index
        while index < bytes.count, let digit = decimalDigit(bytes[index]) {
            if significant < 19 { mantissa = mantissa &* 10 &+ UInt64(digit) }
            if mantissa > 0 { significant += 1 }
            index += 1
        }
        let integerDigits = index - integerStart
        guard integerDigits > 0, bytes[integerStart] != UInt8(ascii: "0") || integerDigits == 1 else {
            throw failure("ogiltigt tal")
        }
        var simple = significant <= 15
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, let digit = decimalDigit(bytes[index]) {
                if significant < 19 { mantissa = mantissa &* 10 &+ UInt64(digit) }
                if mantissa > 0 { significant += 1 }
                index += 1
            }
            fractionDigits = index - fractionStart
            guard fractionDigits > 0 else { throw failure("ogiltigt tal") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            simple = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            let exponentStart = index
            while index < bytes.count, decimalDigit(bytes[index]) != nil { index += 1 }
            guard index > exponentStart else { throw failure("ogiltigt tal") }
        }
        // Exact fast path (Clinger): a mantissa below 2^53 divided by an exact power of ten up to 10^22 is
        // correctly rounded. Anything else goes through the standard library's parser.
        if simple, significant <= 15, fractionDigits <= 22 {
            let magnitude = Double(mantissa) / Self.powersOfTen[fractionDigits]
            return negative ? -magnitude : magnitude
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw failure("talet går inte att representera") }
        return value
    }

    /// The value of a plain integer literal (no fraction or exponent) in `range`, or nil.
    func plainInteger(_ range: Range<Int>) -> Int? {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[range])
        guard !slice.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") })
        else { return nil }
        return Int(String(decoding: slice, as: UTF8.self))
    }

    private func decimalDigit(_ byte: UInt8) -> UInt8? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : nil
    }

    private func failure(_ reason: String) -> Failure {
        Failure(message: "dokumentet är inte giltig JSON (byte \(index): \(reason)).")
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }
}
