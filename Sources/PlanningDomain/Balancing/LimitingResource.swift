/// A resource that limits a unit in a period (begränsande kapacitet): its utilisation is above the threshold.
public struct LimitingResource: Sendable, Hashable {
    /// The unit's code (figures cover its subtree).
    public var unitCode: String
    /// The period.
    public var period: BalancePeriod
    /// The resource's code.
    public var resourceCode: String
    /// The resource's measure.
    public var measure: ResourceMeasure
    /// Need / available over the period (infinite: need without capacity).
    public var utilisation: Double
    /// Gap over the period, in the resource's measure.
    public var gap: Double
    /// The weeks within the period whose own utilisation is above the threshold.
    public var weeks: [ISOWeek]

    /// A sentence for planners, in Swedish.
    public var swedishDescription: String {
        let percent = utilisation.isFinite ? "\(Int((utilisation * 100).rounded())) %" : "behov utan kapacitet"
        let weekList = weeks.map { "v\($0.week)" }.joined(separator: ", ")
        return "\(unitCode): \(resourceCode) begränsar \(period.swedishLabel) (nyttjande \(percent), "
            + "\(gap < 0 ? "underskott" : "marginal") \(abs(gap)) \(measure.swedishName); veckor \(weekList))"
    }
}
