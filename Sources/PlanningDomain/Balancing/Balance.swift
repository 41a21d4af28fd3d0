/// Available capacity against capacity need per (unit, resource, week), with every unit's figures also summed
/// over its subtree. Gap = available − need: negative is a shortfall, positive is unused capacity.
public struct Balance: Sendable {
    /// The index space.
    public let grid: PlanningGrid
    /// Each unit's own available capacity.
    public let ownAvailable: AvailableCapacity
    /// Each unit's own capacity need.
    public let ownNeed: CapacityNeed
    // Subtree sums, unit-major like the grid's cells.
    let subtreeAvailable: [Double]
    let subtreeNeed: [Double]

    /// Compares available capacity with need and sums both up the organisation tree.
    public init(grid: PlanningGrid, available: AvailableCapacity, need: CapacityNeed) {
        self.grid = grid
        ownAvailable = available
        ownNeed = need
        subtreeAvailable = Self.sumSubtrees(available.values, grid: grid)
        subtreeNeed = Self.sumSubtrees(need.values, grid: grid)
    }

    private static func sumSubtrees(_ own: [Double], grid: PlanningGrid) -> [Double] {
        var sums = own
        let block = grid.resources.count * grid.weekCount
        // Units are ordered parents first, so a backward pass adds every finished subtree into its parent.
        for unit in stride(from: grid.unitCodes.count - 1, through: 1, by: -1) {
            guard let parent = grid.parentIndex[unit] else { continue }
            let from = unit * block
            let to = parent * block
            for offset in 0..<block { sums[to + offset] += sums[from + offset] }
        }
        return sums
    }

    /// Available capacity of a unit's subtree (or the unit alone), by grid indices.
    public func available(unit: Int, resource: Int, week: Int, subtree: Bool = true) -> Double {
        subtree
            ? subtreeAvailable[grid.cell(unit: unit, resource: resource, week: week)]
            : ownAvailable.available(unit: unit, resource: resource, week: week)
    }

    /// Capacity need of a unit's subtree (or the unit alone), by grid indices.
    public func need(unit: Int, resource: Int, week: Int, subtree: Bool = true) -> Double {
        subtree
            ? subtreeNeed[grid.cell(unit: unit, resource: resource, week: week)]
            : ownNeed.need(unit: unit, resource: resource, week: week)
    }

    /// Gap = available − need (negative: shortfall), by grid indices.
    public func gap(unit: Int, resource: Int, week: Int, subtree: Bool = true) -> Double {
        available(unit: unit, resource: resource, week: week, subtree: subtree)
            - need(unit: unit, resource: resource, week: week, subtree: subtree)
    }

    /// Gap by codes for a unit's subtree, or nil when a code or the week is unknown.
    public func gap(unitCode: String, resourceCode: String, week: ISOWeek) -> Double? {
        guard let unit = grid.unitIndex(unitCode), let resource = grid.resourceIndex(resourceCode),
            let week = grid.weekIndex(week)
        else { return nil }
        return gap(unit: unit, resource: resource, week: week)
    }

    /// The resource's measure (hours, days, beds, sessions): gaps are only meaningful in it.
    public func measure(resource: Int) -> ResourceMeasure { grid.resources[resource].measure }

    /// Week indices grouped into periods of a granularity, in order.
    public func periods(_ granularity: BalancePeriod.Granularity) -> [(period: BalancePeriod, weeks: Range<Int>)] {
        var result: [(period: BalancePeriod, weeks: Range<Int>)] = []
        for (index, week) in grid.weeks.enumerated() {
            let period = BalancePeriod(containing: week, granularity: granularity)
            if let last = result.last, last.period == period {
                result[result.count - 1].weeks = last.weeks.lowerBound..<(index + 1)
            } else {
                result.append((period, index..<(index + 1)))
            }
        }
        return result
    }

    /// Available, need and gap of a unit's subtree for one resource, per period.
    public func gaps(
        unitCode: String, resourceCode: String, by granularity: BalancePeriod.Granularity
    ) throws(BalancingError) -> [PeriodGap] {
        let unit = try grid.resolveUnit(unitCode)
        let resource = try grid.resolveResource(resourceCode)
        return periods(granularity).map { period, weeks in
            var available = 0.0
            var need = 0.0
            for week in weeks {
                available += self.available(unit: unit, resource: resource, week: week)
                need += self.need(unit: unit, resource: resource, week: week)
            }
            return PeriodGap(
                period: period, measure: measure(resource: resource), available: available, need: need,
                weeks: weeks.map { grid.startWeek.adding(weeks: $0) })
        }
    }
}
