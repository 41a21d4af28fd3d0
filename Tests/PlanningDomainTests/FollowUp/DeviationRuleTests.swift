import PlanningDomain
import Testing

@Suite struct DeviationRuleTests {
    @Test func relativeThresholdOpensAtTenPercentBehindButNotAhead() {
        let rule = DeviationRule(relativeThreshold: 0.1)
        #expect(
            rule.reasons(for: PlannedActual(planned: 100, actual: 90)) == [.belowPlan(deviation: -10, relative: -0.1)])
        #expect(rule.reasons(for: PlannedActual(planned: 100, actual: 91)).isEmpty)
        #expect(rule.reasons(for: PlannedActual(planned: 100, actual: 130)).isEmpty)
        let both = DeviationRule(relativeThreshold: 0.1, sides: .bothSides)
        #expect(
            both.reasons(for: PlannedActual(planned: 100, actual: 130)) == [.abovePlan(deviation: 30, relative: 0.3)])
    }

    @Test func thresholdsCombineWithEitherOrBoth() {
        let small = PlannedActual(planned: 10, actual: 5)  // 50 % but only 5 behind
        let large = PlannedActual(planned: 1000, actual: 960)  // 4 % but 40 behind
        let either = DeviationRule(relativeThreshold: 0.1, absoluteThreshold: 20, combination: .either)
        let both = DeviationRule(relativeThreshold: 0.1, absoluteThreshold: 20, combination: .both)
        #expect(!either.reasons(for: small).isEmpty && !either.reasons(for: large).isEmpty)
        #expect(both.reasons(for: small).isEmpty && both.reasons(for: large).isEmpty)
        #expect(!both.reasons(for: PlannedActual(planned: 100, actual: 50)).isEmpty)
        // Nothing planned: no relative deviation, so only the absolute threshold can open an item.
        let unplanned = PlannedActual(planned: 0, actual: 30)
        #expect(DeviationRule(relativeThreshold: 0.1, sides: .bothSides).reasons(for: unplanned).isEmpty)
        #expect(
            !DeviationRule(relativeThreshold: 0.1, absoluteThreshold: 20, sides: .bothSides).reasons(for: unplanned)
                .isEmpty)
        #expect(DeviationRule(relativeThreshold: nil).reasons(for: PlannedActual(planned: 10, actual: 0)).isEmpty)
    }

    @Test func specialCausesOpenItemsByTheirReading() {
        let concern = SPCPoint(
            index: 0, label: "2025-W07", value: 1, movingRange: nil, segment: 0,
            signals: [SPCSignal(rule: .shift, side: .low)], assessment: .concern)
        var improvement = concern
        improvement.assessment = .improvement
        let onPlan = PlannedActual(planned: 10, actual: 10)
        #expect(DeviationRule().reasons(for: onPlan, spc: concern) == [.specialCause(concern.signals[0], .concern)])
        #expect(DeviationRule().reasons(for: onPlan, spc: improvement).isEmpty)
        #expect(DeviationRule(specialCauses: .all).reasons(for: onPlan, spc: improvement).count == 1)
        #expect(DeviationRule(specialCauses: .ignore).reasons(for: onPlan, spc: concern).isEmpty)
        let opening = DeviationRule().opening(
            id: "O1-2025-W07", unitCode: "E1", objectCode: "O1", week: week(2025, 7),
            figures: PlannedActual(planned: 10, actual: 8), spc: concern)
        #expect(opening?.reasons.count == 2)
        #expect(DeviationRule().opening(id: "x", unitCode: "E1", week: week(2025, 7), figures: onPlan) == nil)
        #expect(
            DeviationReason.belowPlan(deviation: -12, relative: -0.15).swedishDescription
                == "under plan med 12,0 (15 %)")
    }
}
