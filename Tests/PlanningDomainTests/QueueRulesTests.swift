import PlanningDomain
import Testing

@Suite("Waiting-list queue rules")
struct QueueRulesTests {
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance }

    @Test func targetQueueSizeFollowsLittlesLaw() {
        let size = QueueRules.targetQueueSize(demand: Quantity(30), limit: Quantity(52), factor: 4)
        #expect(close(size.value, 390))
    }

    @Test func reliefCapacityMatchesTheNHSRVector() {
        let relief = QueueRules.reliefCapacity(
            demand: Quantity(30), queue: Quantity(1200), targetQueue: Quantity(390), weeksToTarget: Quantity(26))
        #expect(close(relief.value, 61.153846))
    }

    @Test func targetCapacityMatchesTheNHSRVector() {
        let capacity = QueueRules.targetCapacity(
            demand: Quantity(30), limit: Quantity(52), factor: 3, demandCV: 1.1, capacityCV: 1.2)
        #expect(close(capacity.value, 30.076442))
    }

    @Test func pressureMatchesTheNHSRVector() {
        #expect(close(QueueRules.pressure(meanWait: Quantity(63), limit: Quantity(52)), 2.4231, 1e-4))
    }

    @Test func loadAndTooBig() {
        #expect(QueueRules.load(demand: Quantity(30), capacity: Quantity(25)) == 1.2)
        #expect(QueueRules.load(demand: Quantity(30), capacity: Quantity(0)) == nil)
        #expect(QueueRules.isTooBig(queue: Quantity(781), targetQueue: Quantity(390)))
        #expect(!QueueRules.isTooBig(queue: Quantity(780), targetQueue: Quantity(390)))
    }

    @Test func factorIsMinusLogOfTheMissedShare() {
        // 98 % within T: factor ≈ 3.912 (the "factor 4" rule of thumb); 90 %: ln 10 ≈ 2.302585.
        #expect(close(TargetWait(share: 0.98, limit: Quantity(52))!.factor, 3.912023005, 1e-9))
        #expect(close(TargetWait(share: 0.9, limit: Quantity(13))!.factor, 2.302585093, 1e-9))
        #expect(TargetWait(share: 1, limit: Quantity(13)) == nil)
        #expect(TargetWait(share: 0.9, limit: Quantity(0)) == nil)
    }

    @Test(arguments: [
        (0.5, 0.693_147_180_559_945_3), (0.99, 4.605_170_185_988_091), (0.1, 0.105_360_515_657_826_3),
        (0.999999, 13.815_510_557_935_518), (1e-12, 9.999_778_782_803_785e-13),
    ])
    // Expected values are -log(1 - share) from the C library, evaluated on the same double 1 - share.
    func factorMatchesTheNaturalLogarithm(share: Double, expected: Double) {
        let factor = TargetWait(share: share, limit: Quantity(1))!.factor
        #expect(abs(factor - expected) <= 1e-12 * max(1, expected))
    }
}
