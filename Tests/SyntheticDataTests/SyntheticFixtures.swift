import PlanningDomain
import SyntheticData

/// Generated regions shared by the tests (generation is deterministic, so sharing is safe).
enum SyntheticFixtures {
    static let lastWeek = ISOWeek(year: 2025, week: 47)!

    /// Region Östergötland, mid-size (470 000 residents), three years, seed 42.
    static let ostergotland = SyntheticRegionGenerator.generate(
        SyntheticRegionConfiguration(regionCode: "05", seed: 42, lastWeek: lastWeek))

    /// Total inflow per ISO week number, summed over the whole history.
    static func meanInflow(_ region: SyntheticRegion, weeks: ClosedRange<Int>) -> Double {
        var total = 0
        var weekKeys = Set<Int>()
        for count in region.inflow where weeks.contains(count.week.week) {
            total += count.count
            weekKeys.insert(count.week.key)
        }
        return Double(total) / Double(max(1, weekKeys.count))
    }
}
