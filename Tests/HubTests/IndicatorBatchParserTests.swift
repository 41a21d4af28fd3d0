import Foundation
import HubStore
import Testing

@testable import Hub

/// The hand-written reader of `POST indicator-values` bodies: the same values as `JSONDecoder`, the same Swedish
/// sentences for what it refuses.
@Suite("Indicator batch parser")
struct IndicatorBatchParserTests {
    /// The decoder the endpoint used before (``JSONBody``), as the reference.
    static func reference(_ text: String) throws -> [IndicatorValueSubmission] {
        try JSONDecoder().decode(IndicatorBatch.self, from: Data(text.utf8)).values
    }

    static func parse(_ text: String) throws(IndicatorBatchParser.Failure) -> [IndicatorValueSubmission] {
        try IndicatorBatchParser.parse(Array(text.utf8))
    }

    static func message(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func randomBatchesReadTheSameAsWithJSONDecoder() throws {
        var random = BatchRandom(seed: 20_261_125)
        let groups = ["Ortopedi", "Hjärt- och kärlsjukdomar", "Öron/näsa \"hals\"", "Barn\\ungdom", "Tab\tgrupp", "😀"]
        for _ in 0..<200 {
            var items: [IndicatorValueSubmission] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                let suppressed = Bool.random(using: &random)
                let numbers: [Double] = [0, 5, 12, 123.0, 0.1, 1e-7, 2.5e10, 1234567.891, 9_007_199_254_740_992, -0.0]
                items.append(
                    IndicatorValueSubmission(
                        regionCode: String(format: "%02d", Int.random(in: 1...25, using: &random)),
                        indicatorID: ["inflow", "share-waiting-within-90", "vänte"].randomElement(using: &random)!,
                        definitionVersion: Int.random(in: -3...1_000_000_000_000, using: &random),
                        group: groups.randomElement(using: &random)!,
                        period: "2025-W\(Int.random(in: 1...53, using: &random))",
                        numerator: suppressed
                            ? nil
                            : numbers.randomElement(using: &random)!
                                * Double.random(
                                    in: 0.5...2, using: &random),
                        denominator: Bool.random(using: &random)
                            ? Double(Int.random(in: 1...999, using: &random)) : nil,
                        suppressed: suppressed))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = Bool.random(using: &random) ? [.prettyPrinted] : [.sortedKeys]
            var text = String(decoding: try encoder.encode(["values": items]), as: UTF8.self)
            if Bool.random(using: &random) {
                text = #"{"ignored": [1, {"a": null}, "x\u00e5"], "#.appending(text.dropFirst())
            }
            #expect(try Self.parse(text) == Self.reference(text), "\(text)")
            #expect(try Self.parse(text) == items)
        }
    }

    @Test func numbersInEveryJSONFormReadExactlyAsTheStandardLibraryReadsThem() throws {
        for literal in [
            "0", "-0", "7", "120.0", "0.30000000000000004", "1e3", "1E-2", "2.5e+10", "123456789012345678",
            "1.7976931348623157e308", "5e-324", "0.1234567890123456789",
        ] {
            let text =
                #"{"values":[{"regionCode":"05","indicatorID":"inflow","definitionVersion":1,"group":"Ortopedi","period":"2025-W01","numerator":\#(literal),"suppressed":false}]}"#
            let value = try #require(try Self.parse(text).first?.numerator)
            #expect(value.bitPattern == Double(literal)!.bitPattern, "\(literal)")
        }
    }

    @Test func aMissingOrWrongFieldIsNamedWithTheItemIndexAsJSONBodyNamesIt() {
        let good =
            #"{"regionCode":"05","indicatorID":"inflow","definitionVersion":1,"group":"Ortopedi","period":"2025-W01","numerator":1,"suppressed":false}"#
        let noSuppressed =
            #"{"regionCode":"05","indicatorID":"inflow","definitionVersion":1,"group":"Ortopedi","period":"2025-W01"}"#
        #expect(Self.message(#"{"values":[\#(good),\#(noSuppressed)]}"#) == "fältet values.1.suppressed saknas.")
        #expect(
            Self.message(
                #"{"values":[\#(good.replacingOccurrences(of: #""numerator":1"#, with: #""numerator":"1""#))]}"#)
                == "fältet values.0.numerator har fel typ.")
        #expect(
            Self.message(
                #"{"values":[\#(good.replacingOccurrences(of: #""definitionVersion":1"#, with: #""definitionVersion":1.5"#))]}"#
            )
                == "fältet values.0.definitionVersion har fel typ.")
        #expect(
            Self.message(
                #"{"values":[\#(good.replacingOccurrences(of: #""group":"Ortopedi""#, with: #""group":null"#))]}"#)
                == "fältet values.0.group har fel typ.")
        #expect(Self.message(#"{"values":[\#(good), 3]}"#) == "fältet values.1 har fel typ.")
        #expect(Self.message(#"{"value":[]}"#) == "fältet values saknas.")
        #expect(Self.message(#"{"values":{}}"#) == "fältet values har fel typ.")
        #expect(Self.message(#"[]"#) == "fältet dokumentet har fel typ.")
        #expect(
            Self.message(#"{"values":[\#(good.replacingOccurrences(of: "}", with: #","group":"X"}"#))]}"#)
                == "fältet values.0.group förekommer två gånger.")
    }

    @Test func malformedJSONIsRefusedWithTheByteOffset() {
        for text in [
            "", "{", #"{"values":[}"#, #"{"values":[]} x"#, #"{"values":[01]}"#,
            #"{"values":"\x"}"#, "{\"values\":\"\u{01}\"}", #"{"values":[1.]}"#, #"{"values":tru}"#,
            #"{"values":"\ud800"}"#,
        ] {
            let message = Self.message(text)
            #expect(message?.hasPrefix("dokumentet är inte giltig JSON (byte ") == true, "\(text): \(message ?? "-")")
            #expect((try? Self.reference(text)) == nil, "JSONDecoder accepts \(text)")
        }
        // Stricter than Foundation, which lets a trailing comma pass: RFC 8259 has none, and no node writes one.
        #expect(Self.message(#"{"values":[],}"#)?.hasPrefix("dokumentet är inte giltig JSON") == true)
        var invalidUTF8 = Array(#"{"values":[],"x":""#.utf8)
        invalidUTF8 += [0xC3, 0x28, UInt8(ascii: "\""), UInt8(ascii: "}")]
        #expect(throws: IndicatorBatchParser.Failure.self) { try IndicatorBatchParser.parse(invalidUTF8) }
    }

    @Test func deeplyNestedUnknownValuesAreRefusedNotOverflowed() {
        let text = #"{"x":"# + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        #expect(Self.message(text)?.contains("för djupt nästlat") == true)
    }
}

/// SplitMix64, for reproducible random batches.
struct BatchRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
