/// Available capacity, need and gap of one resource in one period.
public struct PeriodGap: Sendable, Hashable {
    /// The period.
    public var period: BalancePeriod
    /// The resource's measure.
    public var measure: ResourceMeasure
    /// Summed available capacity.
    public var available: Double
    /// Summed capacity need.
    public var need: Double
    /// The weeks in the period (within the horizon).
    public var weeks: [ISOWeek]

    /// Gap = available − need (negative: shortfall).
    public var gap: Double { available - need }

    /// Utilisation = need / available; infinite when there is need but no capacity, 0 when neither.
    public var utilisation: Double { Balance.utilisation(need: need, available: available) }
}
