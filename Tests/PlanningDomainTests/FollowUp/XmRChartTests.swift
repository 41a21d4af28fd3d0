import PlanningDomain
import Testing

/// A series that swings 8, 12, 8, 12, …: no trend, no shift, mean 10, every moving range 4.
/// With `startHigh`, the swing starts at 12 instead.
private func alternating(_ count: Int, startHigh: Bool = false) -> [Double] {
    (0..<count).map { $0.isMultiple(of: 2) != startHigh ? 8 : 12 }
}

/// Indices of the points flagged by `rule`.
private func flagged(_ chart: XmRChart, by rule: SPCRule) -> [Int] {
    chart.points.filter { $0.signals.contains { $0.rule == rule } }.map(\.index)
}

@Suite struct XmRChartTests {
    @Test func meanMovingRangeAndLimitsMatchAHandComputedExample() throws {
        // Sum 144 over 12 points: mean 12. Moving ranges 2,1,2,1,2,3,1,1,1,1,2 sum to 17 over 11: mR̄ = 17/11.
        let values: [Double] = [10, 12, 11, 13, 12, 14, 11, 12, 13, 12, 11, 13]
        let chart = try XmRChart(values: values, direction: .higherIsBetter)
        let limits = chart.currentLimits
        #expect(abs(limits.mean - 12) < 1e-12)
        #expect(abs(limits.movingRangeMean - 17.0 / 11) < 1e-12)
        #expect(limits.screenedOut.isEmpty)
        #expect(abs(limits.upperLimit - (12 + 2.66 * 17 / 11)) < 1e-12)  // 16.110909…
        #expect(abs(limits.lowerLimit - (12 - 2.66 * 17 / 11)) < 1e-12)  // 7.889090…
        #expect(abs(limits.upperTwoSigma - (12 + 2 * 2.66 / 3 * 17 / 11)) < 1e-12)  // 14.740606…
        #expect(abs(limits.lowerOneSigma - (12 - 2.66 / 3 * 17 / 11)) < 1e-12)  // 10.629697…
        #expect(chart.points.map(\.movingRange) == [nil, 2, 1, 2, 1, 2, 3, 1, 1, 1, 1, 2])
        #expect(chart.specialCausePoints.isEmpty)
        #expect(chart.variationIcon == .commonCause)
    }

    @Test func screeningDropsAHugeJumpAndNarrowsTheLimits() throws {
        // Ranges: nine of 1 and two of 40 (into and out of the 50): mR̄ 89/11 = 8.09 before screening. The upper
        // range limit 3.267 × 8.09 = 26.4 drops both 40s, leaving mR̄ = 1. Mean 165/12 = 13.75.
        let values: [Double] = [10, 11, 10, 11, 10, 11, 10, 50, 10, 11, 10, 11]
        let screened = try XmRChart(values: values, direction: .neutral)
        let unscreened = try XmRChart(
            values: values, direction: .neutral, configuration: SPCConfiguration(screensMovingRanges: false))
        #expect(screened.currentLimits.unscreenedMovingRangeMean == 89.0 / 11)
        #expect(screened.currentLimits.movingRangeMean == 1)
        #expect(screened.currentLimits.screenedOut == [7, 8])
        #expect(unscreened.currentLimits.movingRangeMean == 89.0 / 11)
        #expect(abs(screened.currentLimits.upperLimit - (13.75 + 2.66)) < 1e-12)
        #expect(abs(unscreened.currentLimits.upperLimit - (13.75 + 2.66 * 89 / 11)) < 1e-12)
        #expect(screened.currentLimits.upperLimit < unscreened.currentLimits.upperLimit)
    }

    @Test func ruleOneFlagsExactlyThePointsOutsideTheLimits() throws {
        // ±30 spikes keep the mean at 10; their ranges (34) are screened out, so mR̄ = 4 and the limits are
        // 10 ± 10.64: 42 and −22 are outside, every 8 and 12 well inside.
        var values = alternating(20)
        values[5] = 42
        values[14] = -22
        let chart = try XmRChart(values: values, direction: .higherIsBetter)
        #expect(chart.currentLimits.movingRangeMean == 4)
        #expect(chart.specialCausePoints.map(\.index) == [5, 14])
        #expect(chart.points[5].signals == [SPCSignal(rule: .outsideLimits, side: .high)])
        #expect(chart.points[14].signals == [SPCSignal(rule: .outsideLimits, side: .low)])
        #expect(chart.points[5].assessment == .improvement)
        #expect(chart.points[14].assessment == .concern)
    }

    @Test func ruleTwoFlagsARunOfSevenRisingButNotSix() throws {
        let rising: [Double] = [8.5, 9, 9.5, 10, 10.5, 11, 11.5]
        // Before the run a 12 (higher), after it an 8 (lower): the run is exactly the rising points.
        let seven = alternating(10) + rising + alternating(10)
        let six = alternating(10) + rising.dropLast() + alternating(10)
        let chartSeven = try XmRChart(values: seven, direction: .neutral)
        let chartSix = try XmRChart(values: six, direction: .neutral)
        #expect(flagged(chartSeven, by: .trend) == Array(10..<17))
        #expect(chartSeven.specialCausePoints.map(\.index) == Array(10..<17))
        #expect(chartSeven.points[10].signals == [SPCSignal(rule: .trend, side: .high)])
        #expect(chartSix.specialCausePoints.isEmpty)
        let configured = try XmRChart(
            values: six, direction: .neutral, configuration: SPCConfiguration(trendLength: 6))
        #expect(flagged(configured, by: .trend) == Array(10..<16))
    }

    @Test func ruleTwoFlagsAFallingRunOnTheLowSideAndEqualValuesBreakIt() throws {
        let falling: [Double] = [11.5, 11, 10.5, 10, 9.5, 9, 8.5]
        // Before the run an 8 (lower), after it a 12 (higher).
        let chart = try XmRChart(
            values: alternating(9) + falling + alternating(10, startHigh: true), direction: .higherIsBetter)
        #expect(flagged(chart, by: .trend) == Array(9..<16))
        #expect(chart.points[12].primarySignal == SPCSignal(rule: .trend, side: .low))
        #expect(chart.points[12].assessment == .concern)
        let broken: [Double] = [11.5, 11, 10.5, 10.5, 10, 9.5, 9, 8.5]
        let brokenChart = try XmRChart(
            values: alternating(9) + broken + alternating(10, startHigh: true), direction: .neutral)
        #expect(flagged(brokenChart, by: .trend).isEmpty)
    }

    @Test func ruleThreeFlagsTwoOfThreeBeyondTheTwoSigmaLine() throws {
        // Two adjacent 19s in 30 points: mean 10.6, mR̄ 122/29, 2σ line 18.06, upper limit 21.79.
        var values = alternating(30)
        values[9] = 19
        values[10] = 19
        let chart = try XmRChart(values: values, direction: .lowerIsBetter)
        #expect(values[9] > chart.currentLimits.upperTwoSigma && values[9] < chart.currentLimits.upperLimit)
        #expect(chart.specialCausePoints.map(\.index) == [9, 10])
        #expect(chart.points[9].signals == [SPCSignal(rule: .twoOfThreeBeyondTwoSigma, side: .high)])
        #expect(chart.points[10].assessment == .concern)
        var single = alternating(30)
        single[9] = 19
        #expect(try XmRChart(values: single, direction: .neutral).specialCausePoints.isEmpty)
    }

    @Test func ruleFourFlagsSevenOnOneSideOrSixWhenConfigured() throws {
        // An 8 (below the mean) on both sides of the run of 11s (above the mean, about 10.2).
        let seven = alternating(11) + Array(repeating: 11, count: 7) + alternating(12)
        let six = alternating(11) + Array(repeating: 11, count: 6) + alternating(13)
        let chartSeven = try XmRChart(values: seven, direction: .higherIsBetter)
        #expect(chartSeven.specialCausePoints.map(\.index) == Array(11..<18))
        #expect(chartSeven.points[11].signals == [SPCSignal(rule: .shift, side: .high)])
        #expect(chartSeven.points[15].assessment == .improvement)
        #expect(try XmRChart(values: six, direction: .neutral).specialCausePoints.isEmpty)
        let configured = try XmRChart(values: six, direction: .neutral, configuration: SPCConfiguration(shiftLength: 6))
        #expect(flagged(configured, by: .shift) == Array(11..<17))
    }

    @Test func theHighestPrecedenceRuleDecidesThePointsReading() throws {
        // A rising run that starts far below the lower limit: the first point is both "outside, low" (rule 1)
        // and part of a rising trend (rule 2, high). Rule 1 wins: a concern when higher is better.
        let run: [Double] = [-30, 9, 9.5, 10, 10.5, 11, 11.5]
        let chart = try XmRChart(values: alternating(10) + run + alternating(11), direction: .higherIsBetter)
        let first = chart.points[10]
        #expect(first.signals.map(\.rule) == [.outsideLimits, .trend])
        #expect(first.primarySignal == SPCSignal(rule: .outsideLimits, side: .low))
        #expect(first.assessment == .concern)
        #expect(chart.points[11].assessment == .improvement)
        #expect(chart.points.allSatisfy { $0.signals == $0.signals.sorted { $0.rule < $1.rule } })
    }

    @Test(arguments: [
        (SPCDirection.higherIsBetter, SPCAssessment.improvement, SPCVariationIcon.improvementHigh),
        (.lowerIsBetter, .concern, .concernHigh), (.neutral, .neutral, .neutralHigh),
    ])
    func aHighSpecialCauseIsReadByTheDirection(
        direction: SPCDirection, expected: SPCAssessment, icon: SPCVariationIcon
    ) throws {
        var values = alternating(20)
        values[19] = 42
        values[4] = -22
        let chart = try XmRChart(values: values, direction: direction)
        #expect(chart.points[19].assessment == expected)
        #expect(chart.variationIcon == icon)
        #expect(chart.points[3].assessment == .commonCause)
    }

    @Test func assuranceComparesTheTargetWithTheLimits() throws {
        let values: [Double] = [10, 12, 11, 13, 12, 14, 11, 12, 13, 12, 11, 13]  // limits 7.889…16.111
        let verdict = { (target: Double?, direction: SPCDirection) throws -> SPCAssurance in
            try XmRChart(values: values, direction: direction, target: target).assurance
        }
        #expect(try verdict(7, .higherIsBetter) == .consistentlyMet)
        #expect(try verdict(8, .higherIsBetter) == .inconsistent)
        #expect(try verdict(17, .higherIsBetter) == .consistentlyMissed)
        #expect(try verdict(17, .lowerIsBetter) == .consistentlyMet)
        #expect(try verdict(12, .lowerIsBetter) == .inconsistent)
        #expect(try verdict(7, .lowerIsBetter) == .consistentlyMissed)
        #expect(try verdict(nil, .higherIsBetter) == .noTarget)
        #expect(try verdict(12, .neutral) == .noTarget)
        #expect(SPCAssurance.verdict(target: 5, lower: 5, upper: 9, direction: .higherIsBetter) == .consistentlyMet)
        #expect(SPCAssurance.verdict(target: 9, lower: 5, upper: 9, direction: .lowerIsBetter) == .consistentlyMet)
    }

    @Test func rebasingComputesLimitsPerSegmentAndRestartsTheRules() throws {
        let before = alternating(12)
        let after = alternating(12).map { $0 + 10 }
        let weeks = (0..<24).map { week(2025, 1).adding(weeks: $0) }
        let whole = try XmRChart(periods: weeks, values: before + after, direction: .higherIsBetter)
        #expect(!flagged(whole, by: .shift).isEmpty)
        let rebased = try XmRChart(
            periods: weeks, values: before + after, direction: .higherIsBetter, rebaseAt: [week(2025, 13)])
        #expect(rebased.segments.count == 2)
        #expect(rebased.segments.map(\.mean) == [10, 20])
        #expect(rebased.segments.map(\.movingRangeMean) == [4, 4])
        #expect(rebased.points[12].movingRange == nil)
        #expect(rebased.points[12].segment == 1 && rebased.points[11].segment == 0)
        #expect(rebased.points[12].label == "2025-W13")
        #expect(rebased.specialCausePoints.isEmpty)
        #expect(rebased.currentLimits.mean == 20)
    }

    @Test func tooFewPointsIsAClearError() {
        #expect(throws: SPCError.tooFewPoints(segmentStart: "1", count: 11, minimum: 12)) {
            try XmRChart(values: alternating(11), direction: .neutral)
        }
        #expect(throws: SPCError.tooFewPoints(segmentStart: "16", count: 5, minimum: 12)) {
            try XmRChart(values: alternating(20), direction: .neutral, rebaseAt: [15])
        }
        let error = SPCError.tooFewPoints(segmentStart: "2025-W03", count: 5, minimum: 12)
        #expect(error.message.contains("minst 12") && error.message.contains("2025-W03"))
        #expect(error.code == "spc.too_few_points")
    }

    @Test func badInputIsRefused() {
        #expect(throws: SPCError.nonFiniteValue(period: "3")) {
            try XmRChart(values: [1, 2, .nan] + alternating(12), direction: .neutral)
        }
        #expect(throws: SPCError.self) { try XmRChart(values: alternating(30), direction: .neutral, rebaseAt: [0]) }
        #expect(throws: SPCError.self) {
            try XmRChart(values: alternating(30), direction: .neutral, rebaseAt: [20, 15])
        }
        #expect(throws: SPCError.self) {
            try XmRChart(periods: [week(2025, 2), week(2025, 1)], values: [1, 2], direction: .neutral)
        }
        #expect(throws: SPCError.invalidSetting(name: "shiftLength", value: 2, minimum: 3)) {
            try XmRChart(values: alternating(12), direction: .neutral, configuration: SPCConfiguration(shiftLength: 2))
        }
    }

    @Test func everyRandomSeriesHasConsistentPoints() throws {
        var generator = SeededGenerator(seed: 51)
        for _ in 0..<200 {
            let count = Int.random(in: 12...60, using: &generator)
            let values = (0..<count).map { _ in Double(Int.random(in: 0...40, using: &generator)) }
            let chart = try XmRChart(values: values, direction: .higherIsBetter)
            let limits = chart.currentLimits
            #expect(chart.points.count == count)
            #expect(limits.movingRangeMean <= limits.unscreenedMovingRangeMean + 1e-12)
            for point in chart.points {
                let outside = point.value > limits.upperLimit || point.value < limits.lowerLimit
                #expect(outside == point.signals.contains { $0.rule == .outsideLimits })
                #expect(point.isSpecialCause == (point.assessment != .commonCause))
            }
        }
    }
}
