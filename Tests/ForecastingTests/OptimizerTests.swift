import Testing

@testable import Forecasting

@Suite("Nelder–Mead optimiser")
struct OptimizerTests {
    @Test func findsTheMinimumOfTheRosenbrockValley() {
        let optimizer = NelderMead(maxEvaluations: 5_000, relativeTolerance: 1e-14)
        let result = optimizer.minimize(
            initial: [-1.2, 1], lower: [-5, -5], upper: [5, 5], steps: [0.5, 0.5]
        ) { p in
            let a = 1 - p[0]
            let b = p[1] - p[0] * p[0]
            return a * a + 100 * b * b
        }
        #expect(abs(result.point[0] - 1) < 1e-4)
        #expect(abs(result.point[1] - 1) < 1e-4)
        #expect(result.value < 1e-8)
        #expect(result.evaluations <= 5_000)
    }

    @Test func staysInsideTheBoundsAndEndsOnTheActiveBound() {
        let result = NelderMead().minimize(initial: [1, 0.5], lower: [0, 0], upper: [2, 1], steps: [0.1, 0.1]) { p in
            (p[0] - 5) * (p[0] - 5) + (p[1] - 0.25) * (p[1] - 0.25)
        }
        #expect(abs(result.point[0] - 2) < 1e-6)
        #expect(abs(result.point[1] - 0.25) < 1e-3)
    }

    @Test func minimisesInManyDimensions() {
        // A shifted quadratic bowl in 8 dimensions: minimum at x_i = i / 10.
        let result = NelderMead(maxEvaluations: 20_000, relativeTolerance: 1e-14).minimize(
            initial: Array(repeating: 0, count: 8), lower: Array(repeating: -1, count: 8),
            upper: Array(repeating: 1, count: 8), steps: Array(repeating: 0.2, count: 8)
        ) { p in
            var sum = 0.0
            for i in 0..<8 { sum += Double(i + 1) * (p[i] - Double(i) / 10) * (p[i] - Double(i) / 10) }
            return sum
        }
        for i in 0..<8 { #expect(abs(result.point[i] - Double(i) / 10) < 1e-3) }
    }

    @Test func treatsNaNAsInfeasibleAndIsDeterministic() {
        func run() -> NelderMeadResult {
            NelderMead().minimize(initial: [0.5], lower: [-3], upper: [3], steps: [0.5]) { p in
                p[0] < 0 ? .nan : (p[0] - 1) * (p[0] - 1)
            }
        }
        let first = run()
        #expect(abs(first.point[0] - 1) < 1e-3)
        #expect(first.value.isFinite)
        #expect(run() == first)
    }

    @Test func respectsTheEvaluationBudget() {
        let result = NelderMead(maxEvaluations: 25).minimize(
            initial: [3, 3, 3], lower: [-10, -10, -10], upper: [10, 10, 10], steps: [1, 1, 1]
        ) { p in p[0] * p[0] + p[1] * p[1] + p[2] * p[2] }
        #expect(result.evaluations <= 25 + 4)
        #expect(result.value < 27)
    }
}
