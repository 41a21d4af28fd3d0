/// Capacity need (kapacitetsbehov) per (unit, resource, week): Σ over the unit's planning objects of production
/// need × resource use per unit, in the resource's own measure (hours for minutes ÷ 60, beds for length of stay,
/// days or sessions for amounts).
///
/// Holds each unit's own need only; ``Balance`` sums subtrees.
public struct CapacityNeed: Sendable, Hashable {
    /// Units × resources × weeks, unit-major (see ``PlanningGrid``).
    private(set) var values: [Double]
    private let resourceCount: Int
    private let weekCount: Int
    /// The resources' measures, by grid index.
    public let measures: [ResourceMeasure]

    /// Computes the need from production need and resource use.
    public init(grid: PlanningGrid, production: ProductionNeed, use: ResourceUse) {
        resourceCount = grid.resources.count
        weekCount = grid.weekCount
        measures = use.measures
        var values = [Double](repeating: 0, count: grid.cellCount)
        let factors = use.factors
        for object in 0..<production.objectCount {
            let unit = grid.unitIndex(ofObject: object)
            let needs = production.needSeries(object: object)
            for resource in 0..<resourceCount {
                let factor = factors[object * resourceCount + resource]
                guard factor != 0 else { continue }
                let base = grid.cell(unit: unit, resource: resource, week: 0)
                for week in 0..<weekCount { values[base + week] += needs[week] * factor }
            }
        }
        self.values = values
    }

    /// The unit's own need for a resource in a week (by grid indices), in the resource's measure.
    public func need(unit: Int, resource: Int, week: Int) -> Double {
        values[(unit * resourceCount + resource) * weekCount + week]
    }

    /// The unit's own need by codes, or nil when a code or the week is unknown.
    public func need(unitCode: String, resourceCode: String, week: ISOWeek, in grid: PlanningGrid) -> Double? {
        guard let unit = grid.unitIndex(unitCode), let resource = grid.resourceIndex(resourceCode),
            let week = grid.weekIndex(week)
        else { return nil }
        return need(unit: unit, resource: resource, week: week)
    }
}
