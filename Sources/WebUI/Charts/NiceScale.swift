/// A value axis with "nice" tick values: steps of 1, 2 or 5 times a power of ten, covering the data.
///
/// The step is the smallest such step that covers the data in at most `maxIntervals` intervals, so 0–7 gets
/// 0, 2, 4, 6, 8 and 0–1234 gets 0, 500, 1000, 1500. Ticks are computed as integer multiples of the step
/// (never by repeated addition), so 0.1 + 0.2 drift cannot produce labels like "0,30000000000000004".
public struct NiceScale: Sendable, Equatable {
    /// The lowest tick, at or below the smallest value.
    public let lower: Double
    /// The highest tick, at or above the largest value.
    public let upper: Double
    /// The distance between ticks.
    public let step: Double
    /// The tick values from ``lower`` to ``upper``.
    public let ticks: [Double]
    /// The number of decimals that shows every tick exactly (0 for steps of 1 or more).
    public let decimals: Int

    /// A scale covering `minimum...maximum` (swapped if given the wrong way round).
    ///
    /// All-equal values get a small range around the value (or 0–1 for zero); non-finite bounds give 0–1.
    public init(minimum: Double, maximum: Double, maxIntervals: Int = 6) {
        var low = Swift.min(minimum, maximum)
        var high = Swift.max(minimum, maximum)
        if !low.isFinite || !high.isFinite {
            (low, high) = (0, 1)
        }
        if low == high {
            // One value: centre it in a band of ±10 % (or 0–1 for zero) so the line sits mid-chart, not on an edge.
            if low == 0 {
                high = 1
            } else {
                let delta = abs(low) * 0.1
                (low, high) = (low - delta, high + delta)
            }
        }
        let intervals = Swift.max(1, maxIntervals)
        let rough = (high - low) / Double(intervals)
        var exponent = Self.exponent(of: rough)
        // The first 1-2-5 step from rough's decade upwards that fits; at most a few tries.
        while true {
            for mantissa in [1, 2, 5] {
                let step = Self.value(mantissa, exponent)
                // The tolerance absorbs division error (0.01 / 0.002 = 5.000000000000001).
                let first = Int((low / step + 1e-9).rounded(.down))
                let last = Int((high / step - 1e-9).rounded(.up))
                if last - first <= intervals {
                    let ticks = (first...last).map { index -> Double in
                        let tick = Self.value(index * mantissa, exponent)
                        return tick == 0 ? 0 : tick  // never "−0"
                    }
                    self.step = step
                    self.ticks = ticks
                    self.lower = ticks[0]
                    self.upper = ticks[ticks.count - 1]
                    self.decimals = Swift.max(0, -exponent)
                    return
                }
            }
            exponent += 1
        }
    }

    /// The tick label in Swedish form, with just enough decimals for the step (e.g. "1 500", "0,002", "−20").
    public func label(_ value: Double) -> String {
        SwedishFormat.number(value, decimals: decimals)
    }

    /// The exponent e with 10^e ≤ value < 10^(e+1), for a positive finite value.
    static func exponent(of value: Double) -> Int {
        var exponent = 0
        var power = 1.0
        while value >= power * 10 {
            power *= 10
            exponent += 1
        }
        while value < power {
            power /= 10
            exponent -= 1
        }
        return exponent
    }

    /// `multiple × 10^exponent`, computed with one rounding: negative powers divide by an exact power of ten.
    static func value(_ multiple: Int, _ exponent: Int) -> Double {
        var power = 1.0
        for _ in 0..<abs(exponent) { power *= 10 }
        return exponent >= 0 ? Double(multiple) * power : Double(multiple) / power
    }
}
