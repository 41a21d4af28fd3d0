import PlanningDomain
import Testing

@Suite("National comparison: national figure, quartiles, ranks and trends")
struct NationalComparisonTests {
    let february = IndicatorPeriod.month(YearMonth(year: 2025, month: 2)!)
    let standard = IndicatorCatalogue.standard

    func definition(_ id: String) -> IndicatorDefinition { standard.definition(id: id)! }

    func figures(_ current: [String: RegionFigure]) -> [String: [IndicatorPeriod: RegionFigure]] {
        current.mapValues { [february: $0] }
    }

    @Test(
        arguments: [
            // R: quantile(x) (type 7) — the 25 %, 50 % and 75 % values.
            ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [3.25, 5.5, 7.75]),
            ([1, 2, 3, 4], [1.75, 2.5, 3.25]),
            ([3, 1, 2], [1.5, 2, 2.5]),
            ([1, 3, 3, 6, 7, 8, 9, 15], [3, 6.5, 8.25]),
            ([7], [7, 7, 7]),
        ] as [([Double], [Double])])
    func quartilesMatchRType7(values: [Double], expected: [Double]) {
        let quartiles = [0.25, 0.5, 0.75].map { Quantiles.type7(values, probability: $0)! }
        for (got, want) in zip(quartiles, expected) { #expect(abs(got - want) < 1e-12) }
        #expect(Quantiles.type7(values, probability: 0) == values.min())
        #expect(Quantiles.type7(values, probability: 1) == values.max())
    }

    @Test func quantilesRefuseEmptyInputAndBadProbabilities() {
        #expect(Quantiles.type7([], probability: 0.5) == nil)
        #expect(Quantiles.type7([1, 2], probability: 1.5) == nil)
        #expect(Quantiles.type7([1, .nan], probability: 0.5) == nil)
    }

    @Test func rankOneIsTheBestValueGivenTheDirection() {
        let shares: [String: RegionFigure] = [
            "01": .reported(numerator: 90, denominator: 100), "03": .reported(numerator: 70, denominator: 100),
            "05": .reported(numerator: 9, denominator: 10), "06": .reported(numerator: 50, denominator: 100),
        ]
        let higher = NationalComparison(
            definition: definition("share-waiting-within-90"), group: "Ortopedi", period: february,
            figures: figures(shares))
        #expect(higher.rankOrder == .bestFirst)
        #expect(higher.regions.map(\.rank) == [1, 3, 1, 4])
        let lower = NationalComparison(
            definition: definition("forecast-error"), group: "Ortopedi", period: february, figures: figures(shares))
        #expect(lower.regions.map(\.rank) == [3, 2, 3, 1])
        let neutral = NationalComparison(
            definition: definition("bed-occupancy"), group: "Ortopedi", period: february, figures: figures(shares))
        #expect(neutral.rankOrder == .largestFirst)
        #expect(neutral.regions.map(\.rank) == [1, 3, 1, 4])
    }

    @Test func suppressedAndMissingRegionsAreMarkedAndLeftOutOfEveryStatistic() {
        let comparison = NationalComparison(
            definition: definition("share-treated-within-90"), group: "Ortopedi", period: february,
            figures: figures([
                "01": .reported(numerator: 80, denominator: 100), "03": .reported(numerator: 30, denominator: 60),
                "05": .suppressed, "06": .notAvailable, "07": .reported(numerator: 45, denominator: 50),
            ]))
        // Ratio of sums: (80 + 30 + 45) / (100 + 60 + 50), not the mean of 0.8, 0.5 and 0.9.
        #expect(comparison.national?.numerator == 155)
        #expect(comparison.national?.denominator == 210)
        #expect(comparison.national?.value == 155.0 / 210.0)
        #expect(comparison.national?.regionCount == 3)
        #expect(comparison.median == 0.8)
        #expect(comparison.lowerQuartile == 0.65)
        #expect(abs(comparison.upperQuartile! - 0.85) < 1e-12)
        #expect(comparison.suppressedRegionCodes == ["05"])
        let suppressed = comparison.standing(of: "05")!
        #expect(suppressed.isSuppressed && suppressed.rank == nil && suppressed.value == nil)
        #expect(comparison.standing(of: "06")?.rank == nil)
        #expect(comparison.standing(of: "07")?.rank == 1)
    }

    @Test func noIncludedRegionGivesNoStatistics() {
        let comparison = NationalComparison(
            definition: definition("waiting"), group: "Ortopedi", period: february,
            figures: figures(["01": .suppressed, "03": .notAvailable]))
        #expect(comparison.national == nil && comparison.median == nil && comparison.lowerQuartile == nil)
        #expect(comparison.regions.allSatisfy { $0.rank == nil })
    }

    @Test func nationalCountIsTheSumOfTheIncludedRegions() {
        var generator = SeededGenerator(seed: 20_250_207)
        for _ in 0..<200 {
            var current: [String: RegionFigure] = [:]
            var expected = 0.0
            var included = 0
            for region in SwedishRegion.all {
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: current[region.code] = .suppressed
                case 1: current[region.code] = .notAvailable
                default:
                    let count = Double(Int.random(in: 0...5_000, using: &generator))
                    current[region.code] = .reported(numerator: count, denominator: nil)
                    expected += count
                    included += 1
                }
            }
            let comparison = NationalComparison(
                definition: definition("waiting"), group: "Ortopedi", period: february, figures: figures(current))
            #expect(comparison.national?.value == (included > 0 ? expected : nil))
            #expect(comparison.national?.regionCount == (included > 0 ? included : nil))
            if let median = comparison.median {
                #expect(comparison.lowerQuartile! <= median && median <= comparison.upperQuartile!)
            }
            let ranks = comparison.regions.compactMap(\.rank)
            #expect(ranks.count == included && ranks.allSatisfy { (1...included).contains($0) })
        }
    }

    @Test func aRisingWaitingListIsAWorseningTrend() {
        let weeks = (1...8).map { IndicatorPeriod.week(week(2025, $0)) }
        var rising: [IndicatorPeriod: RegionFigure] = [:]
        var flat: [IndicatorPeriod: RegionFigure] = [:]
        for (offset, period) in weeks.enumerated() {
            rising[period] = .reported(numerator: Double(100 + 10 * offset), denominator: nil)
            flat[period] = .reported(numerator: Double(1000 + offset % 2), denominator: nil)
        }
        // A suppressed week inside the window is skipped, not read as zero.
        rising[weeks[6]] = .suppressed
        rising[.week(week(2024, 8))] = .reported(numerator: 50, denominator: nil)
        let comparison = NationalComparison(
            definition: definition("waiting"), group: "Ortopedi", period: weeks[7],
            figures: ["01": rising, "03": flat, "05": [weeks[7]: .reported(numerator: 3, denominator: nil)]])
        let up = comparison.standing(of: "01")!.trend
        #expect(up.periodCount == 5)  // W03…W08 minus the suppressed W07
        #expect(abs(up.slope! - 10) < 1e-9)
        #expect(up.movement == .rising && up.assessment == .worsening)
        #expect(up.changeFromSamePeriodLastYear == 120)
        let level = comparison.standing(of: "03")!.trend
        #expect(level.movement == .flat && level.assessment == .unchanged)
        let short = comparison.standing(of: "05")!.trend
        #expect(short.slope == nil && short.assessment == nil && short.periodCount == 1)
        // The same rise on a higher-is-better indicator improves; on a neutral one it is not judged.
        let good = IndicatorTrend(
            points: [(1, 0.5), (2, 0.6), (3, 0.7)], direction: .higherIsBetter, changeFromLastYear: nil)
        #expect(good.assessment == .improving)
        let neutral = IndicatorTrend(points: [(1, 5), (2, 6), (3, 7)], direction: .neutral, changeFromLastYear: nil)
        #expect(neutral.movement == .rising && neutral.assessment == nil)
    }

    @Test func comparisonFromStoredValuesIgnoresOtherIndicatorsAndGroups() {
        let computation = IndicatorComputer(catalogue: standard).compute(
            IndicatorFixture.input, weeks: IndicatorFixture.weeks)
        var other = IndicatorFixture.input
        other.regionCode = "06"
        let second = IndicatorComputer(catalogue: standard).compute(other, weeks: IndicatorFixture.weeks)
        let suppressedKey = IndicatorValueKey(
            regionCode: "07", indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: february)
        let comparison = NationalComparison(
            definition: definition("inflow"), group: "Ortopedi", period: february,
            values: computation.values + second.values, suppressed: [suppressedKey])
        #expect(comparison.regions.map(\.regionCode) == ["05", "06", "07"])
        #expect(comparison.national?.value == 104)
        #expect(comparison.suppressedRegionCodes == ["07"])
        // Weekly trend points are of another period type than the month and are not mixed in.
        #expect(comparison.standing(of: "05")?.trend.periodCount == 1)
    }
}
