import HubStore

/// Reads the body of `POST indicator-values` (`{"values": [ {...}, ... ]}`) in one pass over its bytes, straight
/// into ``HubStore/IndicatorValueSubmission``s.
///
/// Why not `JSONDecoder`: a full year of a region's values is 25,000 items and tens of megabytes, and Foundation's
/// decoder (a generic tree, then a keyed container per item) was a sixth of the whole ingestion's time. This parser
/// knows the one shape, builds no intermediate values and compares keys as bytes.
///
/// It accepts what the `Decodable` form accepts: strict RFC 8259 JSON, unknown keys anywhere ignored, `numerator`
/// and `denominator` optional or `null`, `definitionVersion` an integer. It refuses what that refuses, with the
/// same Swedish sentences (`fältet values.3.suppressed saknas.`, `fältet values.3.numerator har fel typ.`), and
/// for malformed JSON names the byte offset. It is stricter in two ways no node's encoder meets: a key given twice
/// in one object, and a trailing comma (which Foundation lets pass), are refused.
struct IndicatorBatchParser {
    /// Why the body could not be read: a Swedish sentence for the 400 answer.
    struct Failure: Error, Sendable, Equatable {
        var message: String
    }

    let bytes: UnsafeRawBufferPointer
    var index = 0

    /// Parses a complete body.
    static func parse(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> [IndicatorValueSubmission] {
        var parser = IndicatorBatchParser(bytes: bytes)
        return try parser.document()
    }

    /// Parses a complete body (a convenience for tests).
    static func parse(_ bytes: [UInt8]) throws(Failure) -> [IndicatorValueSubmission] {
        try bytes.withUnsafeBytes { buffer in Result { () throws(Failure) in try parse(buffer) } }.get()
    }

    private init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    // MARK: Document and items

    private mutating func document() throws(Failure) -> [IndicatorValueSubmission] {
        skipWhitespace()
        guard peek == UInt8(ascii: "{") else {
            // Another value is valid JSON of the wrong type; anything else is a syntax error (skipValue says which).
            try skipValue(depth: 0)
            throw Failure(message: "fältet dokumentet har fel typ.")
        }
        var values: [IndicatorValueSubmission]?
        try members { (parser, key) throws(Failure) in
            guard parser.matches(key, Key.values) else { return try parser.skipValue(depth: 1) }
            guard values == nil else { throw Failure(message: "fältet values förekommer två gånger.") }
            values = try parser.items()
        }
        skipWhitespace()
        guard index == bytes.count else { throw syntax("text efter dokumentets slut") }
        guard let values else { throw Failure(message: "fältet values saknas.") }
        return values
    }

    private mutating func items() throws(Failure) -> [IndicatorValueSubmission] {
        guard peek == UInt8(ascii: "[") else { throw try wrongType("values") }
        index += 1
        var items: [IndicatorValueSubmission] = []
        // A body is about 160 bytes per item; reserving avoids regrowing a large array several times.
        items.reserveCapacity(min(bytes.count / 128, 65_536))
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            index += 1
            return items
        }
        while true {
            skipWhitespace()
            items.append(try item(position: items.count))
            skipWhitespace()
            guard index < bytes.count else { throw syntax("oväntat slut") }
            let separator = bytes[index]
            index += 1
            if separator == UInt8(ascii: "]") { return items }
            guard separator == UInt8(ascii: ",") else {
                index -= 1
                throw syntax("väntade ',' eller ']'")
            }
        }
    }

    private mutating func item(position: Int) throws(Failure) -> IndicatorValueSubmission {
        let path = { (field: String) in field.isEmpty ? "values.\(position)" : "values.\(position).\(field)" }
        guard peek == UInt8(ascii: "{") else { throw try wrongType(path("")) }
        var regionCode: String?
        var indicatorID: String?
        var definitionVersion: Int?
        var group: String?
        var period: String?
        var numerator: Double?
        var denominator: Double?
        var suppressed: Bool?
        var seen: UInt8 = 0
        try members { (parser, key) throws(Failure) in
            guard let field = Key.fields.firstIndex(where: { parser.matches(key, $0) }) else {
                return try parser.skipValue(depth: 2)
            }
            let name = Key.names[field]
            guard seen & (1 << field) == 0 else {
                throw Failure(message: "fältet \(path(name)) förekommer två gånger.")
            }
            seen |= 1 << field
            switch field {
            case 0: regionCode = try parser.requiredString(path(name))
            case 1: indicatorID = try parser.requiredString(path(name))
            case 2: definitionVersion = try parser.integer(path(name))
            case 3: group = try parser.requiredString(path(name))
            case 4: period = try parser.requiredString(path(name))
            case 5: numerator = try parser.optionalNumber(path(name))
            case 6: denominator = try parser.optionalNumber(path(name))
            default: suppressed = try parser.boolean(path(name))
            }
        }
        // Checked in the order the synthesised Decodable initialiser reads them, so the first missing one is named.
        guard let regionCode else { throw missing(path("regionCode")) }
        guard let indicatorID else { throw missing(path("indicatorID")) }
        guard let definitionVersion else { throw missing(path("definitionVersion")) }
        guard let group else { throw missing(path("group")) }
        guard let period else { throw missing(path("period")) }
        guard let suppressed else { throw missing(path("suppressed")) }
        return IndicatorValueSubmission(
            regionCode: regionCode, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group,
            period: period, numerator: numerator, denominator: denominator, suppressed: suppressed)
    }

    /// Calls `member` for each key of the object at the cursor, with the cursor on the key's value; `member` must
    /// consume the value.
    private mutating func members(
        _ member: (inout IndicatorBatchParser, KeyText) throws(Failure) -> Void
    ) throws(Failure) {
        index += 1
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw syntax("väntade en nyckel") }
            let key = try keyBytes()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw syntax("väntade ':'") }
            index += 1
            skipWhitespace()
            try member(&self, key)
            skipWhitespace()
            guard index < bytes.count else { throw syntax("oväntat slut") }
            let separator = bytes[index]
            index += 1
            if separator == UInt8(ascii: "}") { return }
            guard separator == UInt8(ascii: ",") else {
                index -= 1
                throw syntax("väntade ',' eller '}'")
            }
        }
    }

    // MARK: Typed values

    private mutating func requiredString(_ path: @autoclosure () -> String) throws(Failure) -> String {
        guard peek == UInt8(ascii: "\"") else { throw try wrongType(path()) }
        return try string()
    }

    private mutating func optionalNumber(_ path: @autoclosure () -> String) throws(Failure) -> Double? {
        if peek == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        guard startsNumber else { throw try wrongType(path()) }
        return try number()
    }

    private mutating func integer(_ path: @autoclosure () -> String) throws(Failure) -> Int {
        guard startsNumber else { throw try wrongType(path()) }
        let start = index
        let value = try number()
        // A plain integer literal is read exactly (a Double rounds beyond 2^53); "2.0" or "2e0" is accepted when it
        // is a whole number in range, as JSONDecoder does.
        if let exact = plainInteger(start..<index) { return exact }
        guard let exact = Int(exactly: value) else { throw wrongTypeHere(path()) }
        return exact
    }

    private mutating func boolean(_ path: @autoclosure () -> String) throws(Failure) -> Bool {
        switch peek {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default: throw try wrongType(path())
        }
    }

    // MARK: Errors

    private func syntax(_ reason: String) -> Failure {
        Failure(message: "dokumentet är inte giltig JSON (byte \(index): \(reason)).")
    }

    private func missing(_ path: String) -> Failure { Failure(message: "fältet \(path) saknas.") }

    private func wrongTypeHere(_ path: String) -> Failure { Failure(message: "fältet \(path) har fel typ.") }

    /// The type error for the value at the cursor, once the value is known to be valid JSON (a syntax error
    /// in it is reported as such, as JSONDecoder does: it reads the whole document first).
    private mutating func wrongType(_ path: String) throws(Failure) -> Failure {
        try skipValue(depth: 2)
        return wrongTypeHere(path)
    }

    // MARK: Scanning

    private var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

    private var startsNumber: Bool {
        peek == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(peek)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func literal(_ text: StaticString) throws(Failure) {
        let count = text.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw syntax("väntade \(text)") }
        for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] {
            throw syntax("väntade \(text)")
        }
        index += count
    }

    /// Skips one value of any type, checking its syntax.
    private mutating func skipValue(depth: Int) throws(Failure) {
        guard depth < 64 else { throw syntax("för djupt nästlat") }
        switch peek {
        case UInt8(ascii: "{"):
            try members { (parser, _) throws(Failure) in try parser.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            index += 1
            skipWhitespace()
            if peek == UInt8(ascii: "]") {
                index += 1
                return
            }
            while true {
                skipWhitespace()
                try skipValue(depth: depth + 1)
                skipWhitespace()
                guard index < bytes.count else { throw syntax("oväntat slut") }
                let separator = bytes[index]
                index += 1
                if separator == UInt8(ascii: "]") { return }
                guard separator == UInt8(ascii: ",") else {
                    index -= 1
                    throw syntax("väntade ',' eller ']'")
                }
            }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            guard startsNumber else { throw syntax(index < bytes.count ? "väntade ett värde" : "oväntat slut") }
            _ = try number()
        }
    }
}

extension IndicatorBatchParser {
    /// The keys the parser knows, as bytes.
    enum Key {
        static let values = Array("values".utf8)
        /// The item's fields, in the order of ``names``.
        static let names = [
            "regionCode", "indicatorID", "definitionVersion", "group", "period", "numerator", "denominator",
            "suppressed",
        ]
        static let fields = names.map { Array($0.utf8) }
    }
}
