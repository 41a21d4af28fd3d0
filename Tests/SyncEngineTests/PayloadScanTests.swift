import SyncEngine
import Testing
import WireProtocol

/// The scan a node runs on every outgoing payload and the hub runs again on every item.
@Suite struct SyncPayloadScanTests {
    static let personnummer = "19121212-1212"

    @Test func theFirstStringHoldingAPersonnummerIsNamedByItsPath() {
        let payload: JSONValue = .object([
            "group": .string("ortopedi"),
            "notes": .array([.string("ingen"), .object(["text": .string("Ring \(Self.personnummer) i morgon")])]),
            "zeta": .string(Self.personnummer),
        ])
        #expect(PayloadScan.personalIdentifierPath(in: payload) == "$.notes[1].text")
        #expect(PayloadScan.personalIdentifierPath(in: .string(Self.personnummer), path: "$.x") == "$.x")
    }

    @Test func ordinaryPayloadsPass() {
        let payload: JSONValue = .object([
            "period": .string("2025-W07"), "value": .number(1_212_121_212), "group": .string("kirurgi"),
            // Ten digits in all, but no word that is a personnummer.
            "text": .string("12 34 56 78 90 och 2025-03-14"),
            // Arabic-Indic digits are numbers to Swift, but never a personnummer.
            "other": .string("١٩١٢١٢١٢-١٢١٢"),
            "flags": .array([.bool(true), .null]),
        ])
        #expect(PayloadScan.personalIdentifierPath(in: payload) == nil)
    }

    @Test func aPersonnummerIsFoundWhereverItSitsInAnyShapeOfPayload() {
        var random = SeededGenerator(seed: 3)
        for _ in 0..<200 {
            var path = "$"
            var value: JSONValue = .string("pnr \(Self.personnummer).")
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                if Bool.random(using: &random) {
                    let index = Int.random(in: 0...2, using: &random)
                    var elements = (0...2).map { JSONValue.string("rad \($0): 123-45") }
                    elements[index] = value
                    value = .array(elements)
                    path = "[\(index)]" + path
                } else {
                    value = .object(["b": value, "a": .string("2025-W07 1234")])
                    path = ".b" + path
                }
            }
            let expected = "$" + path.dropLast()
            #expect(PayloadScan.personalIdentifierPath(in: value) == expected)
        }
    }
}
