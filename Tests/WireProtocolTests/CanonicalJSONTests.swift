import Testing
import WireProtocol

@Suite struct CanonicalJSONTests {
    func text(_ value: JSONValue) -> String { String(decoding: CanonicalJSON.bytes(of: value), as: UTF8.self) }

    @Test func keysAreSortedByUTF8BytesWithoutWhitespace() {
        let value = JSONValue.object([
            "b": .number(1), "a": .array([.bool(true), .null]), "Ö": .string("x"), "Z": .number(2),
        ])
        #expect(text(value) == #"{"Z":2,"a":[true,null],"b":1,"Ö":"x"}"#)
    }

    @Test func stringsEscapeOnlyWhatJSONRequires() {
        #expect(text(.string("å \"citat\" \\ / \n\t\u{01}")) == #""å \"citat\" \\ / \n\t\u0001""#)
    }

    @Test func integralNumbersHaveNoFractionAndOthersTheShortestForm() {
        #expect(text(.number(3)) == "3")
        #expect(text(.number(10)) == "10")
        #expect(text(.number(-42)) == "-42")
        #expect(text(.number(-9_007_199_254_740_991)) == "-9007199254740991")
        for _ in 0..<1_000 {
            let integer = Int64.random(in: -9_007_199_254_740_991...9_007_199_254_740_991)
            #expect(text(.number(Double(integer))) == String(integer))
        }
        #expect(text(.number(-0.0)) == "0")
        #expect(text(.number(0.1)) == "0.1")
        #expect(text(.number(1e-7)) == "1e-07")
        #expect(text(.number(9_007_199_254_740_992)) == "9007199254740992.0")
    }

    @Test func encodableValuesOmitAbsentOptionals() throws {
        let value = IndicatorValue(
            regionCode: "01", indicatorID: "x", definitionVersion: 1, group: "g", period: "2025-W01", value: nil,
            suppressed: true)
        let encoded = String(decoding: try CanonicalJSON.encode(value), as: UTF8.self)
        #expect(!encoded.contains("null") && !encoded.contains("numerator"))
    }

    @Test func invalidJSONIsRefused() {
        for bad in [#"{"a":1,"a":2}"#, "[1,]", "01", "{\"a\"}", "\"\u{01}\"", "[1] x", "1e999", #""\ud800""#] {
            #expect(throws: (any Error).self, "\(bad)") { try CanonicalJSON.parse(Array(bad.utf8)) }
        }
    }

    @Test func parsingAcceptsOrdinaryJSONWithWhitespaceAndEscapes() throws {
        let value = try CanonicalJSON.parse(Array(" { \"a\" : [ 1.5e2 , \"\\u00e5\\ud83d\\ude00\\/\" ] } ".utf8))
        #expect(value == .object(["a": .array([.number(150), .string("å😀/")])]))
    }

    @Test func canonicalFormIsAFixedPointOfParsing() throws {
        var random = SeededGenerator(seed: 99)
        for _ in 0..<300 {
            let value = Self.randomValue(depth: 0, &random)
            let bytes = CanonicalJSON.bytes(of: value)
            let reparsed = try CanonicalJSON.parse(bytes)
            #expect(reparsed == value)
            #expect(CanonicalJSON.bytes(of: reparsed) == bytes)
        }
    }

    static func randomValue(depth: Int, _ random: inout SeededGenerator) -> JSONValue {
        switch Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2:
            let choices = [
                Double(Int.random(in: -1_000...1_000, using: &random)), Double.random(in: -1e6...1e6, using: &random),
                1e-9, 123.456,
            ]
            return .number(choices.randomElement(using: &random)!)
        case 3:
            return .string(
                String(
                    (0..<Int.random(in: 0...8, using: &random)).map { _ in
                        "aÅ\"\\\n\u{07}😀/ 1".randomElement(using: &random)!
                    }))
        case 4:
            return .array(
                (0..<Int.random(in: 0...4, using: &random)).map { _ in randomValue(depth: depth + 1, &random) })
        default:
            var members: [String: JSONValue] = [:]
            for index in 0..<Int.random(in: 0...4, using: &random) {
                members["k\(index)ä"] = randomValue(depth: depth + 1, &random)
            }
            return .object(members)
        }
    }
}

/// SplitMix64 for property tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
