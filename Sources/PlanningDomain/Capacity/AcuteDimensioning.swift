/// Acute care is dimensioned to meet an agreed share of all hours' inflow: capacity per hour of day and weekday
/// at a percentile (e.g. 85 %) of the observed arrivals in that slot; the remaining peaks are planned for
/// separately (cooperation between units).
public enum AcuteDimensioning {
    /// One observed hour: weekday, hour of day (0–23) and arrivals.
    public struct Observation: Sendable, Hashable {
        /// ISO weekday.
        public var weekday: Weekday
        /// Hour of day, 0–23.
        public var hour: Int
        /// Arrivals in that hour.
        public var arrivals: Double

        /// Creates an observation.
        public init(weekday: Weekday, hour: Int, arrivals: Double) {
            self.weekday = weekday
            self.hour = hour
            self.arrivals = arrivals
        }
    }

    /// Capacity per (weekday, hour) slot at `percentile` in (0, 1], using the nearest-rank-above rule with linear
    /// interpolation between order statistics (type 7, as in R and Excel's PERCENTILE.INC).
    public static func capacityBySlot(
        _ observations: [Observation], percentile: Double
    ) -> [Weekday: [Int: Double]] {
        precondition(percentile > 0 && percentile <= 1, "percentile must be in (0, 1]")
        var slots: [Weekday: [Int: [Double]]] = [:]
        for observation in observations where (0...23).contains(observation.hour) {
            slots[observation.weekday, default: [:]][observation.hour, default: []].append(observation.arrivals)
        }
        return slots.mapValues { hours in hours.mapValues { quantile($0, percentile) } }
    }

    /// Share of observed hours whose arrivals fit within the slot's capacity.
    public static func coverage(_ observations: [Observation], capacity: [Weekday: [Int: Double]]) -> Double {
        guard !observations.isEmpty else { return 1 }
        let met = observations.filter { $0.arrivals <= (capacity[$0.weekday]?[$0.hour] ?? 0) + 1e-9 }.count
        return Double(met) / Double(observations.count)
    }

    /// Type-7 sample quantile.
    static func quantile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard sorted.count > 1 else { return sorted.first ?? 0 }
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(sorted.count - 1, lower + 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
