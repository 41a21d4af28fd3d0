import Testing
import WebUI

@Suite struct NiceScaleTests {
    @Test func zeroToSevenStepsByTwo() {
        let scale = NiceScale(minimum: 0, maximum: 7)
        #expect(scale.ticks == [0, 2, 4, 6, 8])
        #expect(scale.decimals == 0)
    }

    @Test func zeroToThousandsStepsByFiveHundred() {
        let scale = NiceScale(minimum: 0, maximum: 1234)
        #expect(scale.ticks == [0, 500, 1000, 1500])
        #expect(scale.label(1500) == "1\u{202F}500")
    }

    @Test func symmetricNegativeRangeIncludesZero() {
        let scale = NiceScale(minimum: -50, maximum: 50)
        #expect(scale.ticks == [-60, -40, -20, 0, 20, 40, 60])
        #expect(scale.label(-20) == "\u{2212}20")
    }

    @Test func smallDecimalRangeGetsExactTicksAndEnoughDecimals() {
        let scale = NiceScale(minimum: 0.001, maximum: 0.01)
        #expect(scale.ticks == [0, 0.002, 0.004, 0.006, 0.008, 0.01])
        #expect(scale.decimals == 3)
        #expect(scale.ticks.map(scale.label) == ["0,000", "0,002", "0,004", "0,006", "0,008", "0,010"])
    }

    @Test func allEqualValuesGetARangeAroundThem() {
        let scale = NiceScale(minimum: 42, maximum: 42)
        #expect(scale.lower < 42 && scale.upper > 42)
        #expect(NiceScale(minimum: 0, maximum: 0).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceScale(minimum: -3, maximum: -3).upper > -3)
    }

    @Test func nonFiniteBoundsFallBackToZeroToOne() {
        #expect(NiceScale(minimum: .nan, maximum: 5).ticks.first == 0)
        #expect(NiceScale(minimum: 0, maximum: .infinity).ticks.last == 1)
    }

    @Test func ticksAlwaysCoverTheDataWithOneTwoFiveSteps() {
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<2000 {
            let magnitude = [0.001, 0.1, 1, 10, 1000, 1e6].randomElement(using: &generator)!
            let a = Double.random(in: -1...1, using: &generator) * magnitude
            let b = Double.random(in: -1...1, using: &generator) * magnitude
            let scale = NiceScale(minimum: a, maximum: b)
            #expect(scale.lower <= min(a, b) && scale.upper >= max(a, b), "\(a) \(b)")
            #expect(scale.ticks.count >= 2 && scale.ticks.count <= 7, "\(a) \(b) \(scale.ticks)")
            // The step is 1, 2 or 5 times a power of ten.
            var mantissa = scale.step
            while mantissa >= 10 { mantissa /= 10 }
            while mantissa < 1 { mantissa *= 10 }
            #expect([1, 2, 5].contains { abs(mantissa - Double($0)) < 1e-6 }, "step \(scale.step)")
            for (index, tick) in scale.ticks.enumerated() where index > 0 {
                #expect(abs(tick - scale.ticks[index - 1] - scale.step) < scale.step * 1e-9)
            }
        }
    }
}
