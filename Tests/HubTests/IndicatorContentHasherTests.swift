import PlanningDomain
import Testing

@testable import HubStore

/// The ingestion's content hash is byte for byte the hash of the canonical text, so hashes stored before it
/// existed stay valid (a resent value is still `ignored`).
@Suite("Indicator content hash")
struct IndicatorContentHasherTests {
    @Test func theFastHashEqualsTheHashOfTheInterpolatedCanonicalText() {
        var random = BatchRandom(seed: 7)
        var hasher = IndicatorContentHasher()
        let groups = ["Ortopedi", "Hjärt- och kärlsjukdomar", "Öron/näsa", "😀 grupp"]
        let periods = ["2025-W07", "2026-W53", "2025-03"].compactMap(IndicatorPeriod.parse)
        var hashes: Set<String> = []
        for _ in 0..<500 {
            let suppressed = Int.random(in: 0..<4, using: &random) == 0
            let numbers: [Double?] = [nil, 0, 12, 13, 120.5, 1e-7, 2.5e21, 1 / 3]
            let period = periods.randomElement(using: &random)!
            let cell = HubStore.CheckedCell(
                key: IndicatorValueKey(
                    regionCode: ["05", "01", "25"].randomElement(using: &random)!,
                    indicatorID: ["inflow", "share-waiting-within-90"].randomElement(using: &random)!,
                    definitionVersion: Int.random(in: 1...12, using: &random),
                    group: groups.randomElement(using: &random)!, period: period),
                periodText: period.description, numerator: suppressed ? nil : numbers.randomElement(using: &random)!,
                denominator: suppressed ? nil : numbers.randomElement(using: &random)!, suppressed: suppressed)
            let fast = hasher.hash(cell)
            #expect(fast == cell.contentHash, "\(cell.key)")
            hashes.insert(fast)
        }
        // Different cells give different hashes (the reference is not trivially constant).
        #expect(hashes.count > 100)
    }
}
