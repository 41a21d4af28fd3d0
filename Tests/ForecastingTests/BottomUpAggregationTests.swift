import Forecasting
import Testing

@Suite("Bottom-up aggregation")
struct BottomUpAggregationTests {
    func forecast(mean: [Double], sd: Double) -> ModelForecast {
        let z: [Double: Double] = [0.025: -1.959964, 0.1: -1.281552, 0.5: 0, 0.9: 1.281552, 0.975: 1.959964]
        return ModelForecast(
            mean: mean,
            quantiles: StandardQuantiles.levels.map { level in
                QuantilePath(level: level, values: mean.map { $0 + z[level]! * sd })
            }, model: "t", parameters: [:])
    }

    @Test func meansAddExactly() {
        let parts = (1...5).map { forecast(mean: [Double($0) * 10, Double($0)], sd: 1) }
        let sum = BottomUpAggregation.sum(parts)
        #expect(sum.mean == [150, 15])
    }

    @Test func spreadAddsAsIndependentVariances() {
        // Four objects with standard deviation 3 each: the sum has standard deviation 6.
        let parts = (0..<4).map { _ in forecast(mean: [100], sd: 3) }
        let sum = BottomUpAggregation.sum(parts)
        let upper = sum.quantile(0.975)![0]
        let lower = sum.quantile(0.025)![0]
        #expect(abs(upper - (400 + 1.959964 * 6)) < 0.01)
        #expect(abs(lower - (400 - 1.959964 * 6)) < 0.01)
        // Narrower than adding the quantiles (which would be 400 ± 1.96 × 12), wider than one part's.
        #expect(upper - lower < 2 * 1.959964 * 12)
        #expect(upper - lower > 2 * 1.959964 * 3)
    }

    @Test func quantilesAreOrderedAndNonNegative() {
        let parts = [forecast(mean: [0.5, 0], sd: 2), forecast(mean: [0.2, 0], sd: 1)]
        let sum = BottomUpAggregation.sum(parts)
        for step in 0..<2 {
            let values = sum.quantiles.map { $0.values[step] }
            #expect(values == values.sorted())
            #expect(values.allSatisfy { $0 >= 0 })
        }
    }
}
