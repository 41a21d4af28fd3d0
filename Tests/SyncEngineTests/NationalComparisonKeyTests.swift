import SyncEngine
import Testing
import WireProtocol

/// The cell key the hub queues for every stored indicator value, taken from the value's key by a byte scan.
@Suite struct NationalComparisonKeyTests {
    @Test func theCellKeyIsTheValueKeyWithTheHubAsOwner() {
        let key = NaturalKey(owner: "01", kind: "indicator", parts: ["vantande-over-90", "v1", "ortopedi", "2025-W07"])
        #expect(
            NationalComparisonBuilder.cellKey(of: key)?.rawValue == "hub/cell/vantande-over-90/v1/ortopedi/2025-W07")
    }

    @Test func itAgreesWithBuildingTheKeyFromItsUnescapedPartsForAnyText() {
        var random = SeededGenerator(seed: 9)
        let alphabet = Array("ab/%2F5-Wöå ")
        func text() -> String {
            String((0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        }
        for _ in 0..<500 {
            let kind =
                Bool.random(using: &random)
                ? "indicator" : ["self-assessment", "indicator/x", text()].randomElement(using: &random)!
            let parts = (0..<Int.random(in: 2...6, using: &random)).map { _ in text() }
            let key = NaturalKey(owner: ["01", "1/2", "hub"].randomElement(using: &random)!, kind: kind, parts: parts)
            // Built the long way: unescaped segments, owner and kind checked, then escaped again as a new key.
            let segments = key.segments
            let expected =
                segments.count == 6 && segments[1] == "indicator"
                ? NaturalKey(owner: "hub", kind: "cell", parts: Array(segments.dropFirst(2))) : nil
            #expect(NationalComparisonBuilder.cellKey(of: key) == expected, "\(key)")
        }
    }
}
