import Testing
import WireProtocol

@Suite struct NaturalKeyTests {
    @Test func partsAreEscapedSoAnyTextRoundTrips() {
        let key = NaturalKey(owner: "01", kind: "indicator", parts: ["a/b", "100%", "ö"])
        #expect(key.rawValue == "01/indicator/a%2Fb/100%25/ö")
        #expect(key.segments == ["01", "indicator", "a/b", "100%", "ö"])
        #expect(key.owner == "01" && key.kind == "indicator")
    }

    @Test func aKeyNeedsAnOwnerAndAKind() throws {
        #expect(NaturalKey(rawValue: "01") == nil)
        #expect(NaturalKey(rawValue: "/indicator") == nil)
        for bad in ["", "/", "01/", "01//x", "//"] { #expect(NaturalKey(rawValue: bad) == nil, "\(bad)") }
        for good in ["01/i", "01/i/", "01/i//x", "ö/å/x"] { #expect(NaturalKey(rawValue: good)?.rawValue == good) }
        #expect(NaturalKey(rawValue: "01/indicator")?.owner == "01")
        #expect(throws: (any Error).self) { try CanonicalJSON.decode(NaturalKey.self, from: .string("nope")) }
    }

    @Test func payloadKeysStartWithTheirOwner() {
        #expect(Examples.indicator.naturalKey.owner == "05")
        #expect(Examples.answer.naturalKey.owner == "05")
        let release = try? CatalogueRelease(version: 2, publishedOn: "2025-03-01", indicators: [])
        #expect(release?.naturalKey.rawValue == "hub/catalogue/2")
    }
}
