/// Available capacity (planned − absence) per (unit, resource, week) over a ``PlanningGrid``, in each resource's
/// measure; each unit's own capacity only (``Balance`` sums subtrees).
public struct AvailableCapacity: Sendable, Hashable {
    private(set) var values: [Double]
    private let resourceCount: Int
    private let weekCount: Int

    /// No capacity anywhere.
    public init(grid: PlanningGrid) {
        resourceCount = grid.resources.count
        weekCount = grid.weekCount
        values = [Double](repeating: 0, count: grid.cellCount)
    }

    /// Sums ``CapacityRecord/available`` of the records into the grid. Records outside the horizon are skipped
    /// (feeds usually cover more weeks than a plan); unknown units or resources are refused.
    public init(grid: PlanningGrid, records: [CapacityRecord]) throws(BalancingError) {
        self.init(grid: grid)
        for record in records {
            guard let week = grid.weekIndex(record.week) else { continue }
            let unit = try grid.resolveUnit(record.unitCode)
            let resource = try grid.resolveResource(record.resourceCode)
            values[grid.cell(unit: unit, resource: resource, week: week)] += record.available
        }
    }

    /// The unit's own available capacity (by grid indices).
    public func available(unit: Int, resource: Int, week: Int) -> Double {
        values[index(unit, resource, week)]
    }

    /// Adds capacity (negative removes it, never below zero).
    mutating func add(_ amount: Double, unit: Int, resource: Int, week: Int) {
        let cell = index(unit, resource, week)
        values[cell] = max(0, values[cell] + amount)
    }

    /// Sets capacity.
    mutating func set(_ amount: Double, unit: Int, resource: Int, week: Int) {
        values[index(unit, resource, week)] = amount
    }

    private func index(_ unit: Int, _ resource: Int, _ week: Int) -> Int {
        (unit * resourceCount + resource) * weekCount + week
    }
}
