import Foundation
import PlanningDomain

@testable import Forecasting

/// SplitMix64: a tiny seeded generator so test series are reproducible.
struct SelectionTestPRNG: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal draw (Box–Muller).
    mutating func normal() -> Double {
        let u = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let v = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

enum SelectionTestSeries {
    /// A weekly series driven by the Swedish calendar: a yearly wave, working-day losses, a deep Easter-week
    /// dip and a summer trough in weeks 27–32, with multiplicative noise from `seed`.
    static func calendarDriven(from first: ISOWeek, count: Int, seed: UInt64, level: Double = 200) -> TimeSeries {
        var random = SelectionTestPRNG(seed: seed)
        let calendar = SwedishCalendar()
        let values = (0..<count).map { offset -> Double in
            let week = first.adding(weeks: offset)
            let expected = expectedValue(week, level: level, calendar: calendar)
            return max(0, (expected * (1 + 0.04 * random.normal())).rounded())
        }
        return TimeSeries(values: values, frequency: .weekly, start: .week(first))
    }

    /// The noise-free value of ``calendarDriven(from:count:seed:level:)`` for `week`.
    static func expectedValue(_ week: ISOWeek, level: Double, calendar: SwedishCalendar = SwedishCalendar()) -> Double {
        let position = Double(week.thursday.dayOfYear) / 365.25
        var value = level * (1 + 0.1 * cos(2 * Double.pi * position))
        value *= Double(calendar.workingDays(in: week)) / 5
        if LowProductionRule.easter.matches(week) { value *= 0.7 }
        switch week.week {
        case 28...31: value *= 0.5
        case 27, 32: value *= 0.75
        default: break
        }
        return value
    }

    /// Gaussian white noise around `level`, clamped at zero.
    static func whiteNoise(count: Int, seed: UInt64, level: Double = 50, sd: Double = 8) -> TimeSeries {
        var random = SelectionTestPRNG(seed: seed)
        let values = (0..<count).map { _ in max(0, level + sd * random.normal()) }
        return TimeSeries(values: values, frequency: .weekly, start: .week(ISOWeek(year: 2021, week: 1)!))
    }

    /// Checks the invariants every forecast must hold; returns a description of the first violation.
    static func violation(_ forecast: ModelForecast, horizon: Int, levels: [Double]) -> String? {
        guard forecast.mean.count == horizon else { return "mean has \(forecast.mean.count) values" }
        if forecast.mean.contains(where: { !$0.isFinite || $0 < 0 }) { return "bad mean \(forecast.mean)" }
        for level in levels {
            guard let path = forecast.quantile(level), path.count == horizon else { return "missing q\(level)" }
            if path.contains(where: { !$0.isFinite || $0 < 0 }) { return "bad q\(level)" }
        }
        let paths = forecast.quantiles
        for index in paths.indices.dropFirst() {
            guard paths[index - 1].level < paths[index].level else { return "levels not sorted" }
            for step in 0..<horizon where paths[index].values[step] < paths[index - 1].values[step] {
                return "quantiles decrease at step \(step)"
            }
        }
        return nil
    }
}
