/// A unit–resource pair: the key of available capacity.
public struct CapacityKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The unit's code.
    public var unitCode: String
    /// The resource's code.
    public var resourceCode: String

    /// Creates a key.
    public init(unitCode: String, resourceCode: String) {
        self.unitCode = unitCode
        self.resourceCode = resourceCode
    }

    /// Orders by unit, then resource.
    public static func < (lhs: CapacityKey, rhs: CapacityKey) -> Bool {
        (lhs.unitCode, lhs.resourceCode) < (rhs.unitCode, rhs.resourceCode)
    }

    /// "UNIT/RESOURCE".
    public var description: String { "\(unitCode)/\(resourceCode)" }
}

/// Available capacity, actual vs forecast: the forecast's available (net) capacity per unit, resource and week
/// against the available capacity that was actually there, rolled up the organisation tree.
///
/// Capacity of different resources is in different measures (hours, beds, sessions), so a roll-up is per
/// resource; pass `resource: nil` only when all resources share one measure.
public struct CapacityFollowUp: Sendable {
    /// Forecast (planned) and actual available capacity per unit–resource pair and week.
    public let series: PlannedActualSeries<CapacityKey>
    /// The organisation tree.
    public let tree: OrganisationTree
    /// Decides which weeks are low-production weeks.
    public let calendar: LowProductionCalendar

    /// Builds the comparison over `first...last` from forecast and actual capacity records (their
    /// ``CapacityRecord/available`` values).
    ///
    /// - Throws: ``FollowUpError/unknownScope(_:)`` for a record whose unit is not in the tree.
    public init(
        forecast: [CapacityRecord], actual: [CapacityRecord], tree: OrganisationTree,
        calendar: LowProductionCalendar, from first: ISOWeek, through last: ISOWeek
    ) throws(FollowUpError) {
        var series = try PlannedActualSeries<CapacityKey>(aggregation: .flow, from: first, through: last)
        for record in forecast {
            guard tree.units[record.unitCode] != nil else { throw .unknownScope(record.unitCode) }
            try series.addPlanned(
                record.available, key: CapacityKey(unitCode: record.unitCode, resourceCode: record.resourceCode),
                week: record.week)
        }
        for record in actual {
            guard tree.units[record.unitCode] != nil else { throw .unknownScope(record.unitCode) }
            try series.addActual(
                record.available, key: CapacityKey(unitCode: record.unitCode, resourceCode: record.resourceCode),
                week: record.week)
        }
        self.series = series
        self.tree = tree
        self.calendar = calendar
    }

    /// Forecast and actual capacity of `unit` and its subtree (of one resource, or all when nil) over `period`.
    ///
    /// - Throws: ``FollowUpError/unknownScope(_:)`` for an unknown unit.
    public func figures(unit: String, resource: String? = nil, in period: FollowUpPeriod) throws(FollowUpError)
        -> PlannedActualSplit
    {
        let select = try selection(unit: unit, resource: resource)
        return series.split(keys: select, period: period, calendar: calendar)
    }

    /// Forecast and actual capacity per followed-up week.
    public func weekly(unit: String, resource: String? = nil) throws(FollowUpError)
        -> [(week: ISOWeek, figures: PlannedActual)]
    {
        series.weekly(keys: try selection(unit: unit, resource: resource))
    }

    /// Accuracy of the capacity forecast over the followed-up weeks of one kind (all weeks when nil).
    public func accuracy(unit: String, resource: String? = nil, weeks kind: FollowUpWeekKind? = nil)
        throws(FollowUpError) -> ForecastAccuracy?
    {
        series.accuracy(keys: try selection(unit: unit, resource: resource)) { week in
            kind.map { ($0 == .lowProduction) == calendar.isLowProduction(week) } ?? true
        }
    }

    private func selection(unit: String, resource: String?) throws(FollowUpError) -> (CapacityKey) -> Bool {
        guard tree.units[unit] != nil else { throw .unknownScope(unit) }
        let units = Set(tree.subtree(of: unit))
        return { key in units.contains(key.unitCode) && (resource == nil || key.resourceCode == resource) }
    }
}
