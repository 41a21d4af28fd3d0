import NodeStore
public import PlanningDomain

/// A plan version's balancing inputs: the grid, the baseline (production need from the plan's volumes, resource
/// use, projected available capacity) and where the resource use came from.
public struct PlanBaseline: Sendable {
    /// The index space: the whole organisation tree, the plan's objects and weeks, every resource.
    public var grid: PlanningGrid
    /// Need, use and capacity before any action.
    public var baseline: ScenarioBaseline
    /// Per (unit, resource): estimated from history or defaults.
    public var sources: [ResourceUseSource]
    /// The plan's scope unit.
    public var scope: String
    /// Units in the scope's subtree that have planning objects.
    public var producingUnits: [String]
    /// Per plan week: whether available capacity came from the imported capacity plan or was projected.
    public var capacityWeeks: [PlanCapacityWeek] = []
}

/// Builds a ``PlanBaseline`` from the node's data.
///
/// Available capacity for a plan week comes from the capacity feed's row for that week when there is one (a
/// region imports its capacity plan — staffing schedule, planned vacation and closed weeks — ahead through the
/// same feed); otherwise it is projected: from the same ISO week one (or two) years earlier, and failing that
/// from the mean of the feed's last eight weeks before the plan. ``PlanBaseline/capacityWeeks`` says which, per
/// week, so a planner knows what is assumed.
///
/// Resource use is estimated from history or taken from defaults, then analysts' overrides replace it.
enum PlanBaselineBuilder {
    static func build(plan: ProductionPlan, store: NodeStore) throws -> PlanBaseline {
        let master = try store.masterData()
        let tree = try OrganisationTree(units: master.units)
        let scopeUnits = Set(tree.subtree(of: plan.scope))
        let planObjects = Set(plan.objectCodes)
        let objects = master.planningObjects.filter { planObjects.contains($0.code) }
        let grid = try PlanningGrid(
            tree: tree, resources: master.resources, objects: objects, startWeek: plan.startWeek,
            weekCount: plan.weekCount)
        let production = try ProductionNeed(
            grid: grid, inflow: objects.map { WeeklySeries(code: $0.code, values: plan.volumes[$0.code]!) })
        let records = try store.capacityRecords(unitCodes: scopeUnits)
        let (use, sources) = try resourceUse(grid: grid, objects: objects, records: records, store: store)
        let projection = CapacityProjection(records, onto: grid.weeks)
        let available = try AvailableCapacity(grid: grid, records: projection.records)
        let producing = Set(objects.map(\.unitCode))
        return PlanBaseline(
            grid: grid,
            baseline: ScenarioBaseline(grid: grid, production: production, use: use, available: available),
            sources: sources, scope: plan.scope, producingUnits: producing.sorted(), capacityWeeks: projection.weeks)
    }

    /// Resource use as plans see it: the estimate, then the analysts' overrides (``ResourceUseOverride``).
    static func resourceUse(
        grid: PlanningGrid, objects: [PlanningObject], records: [CapacityRecord], store: NodeStore,
        overrides: Bool = true
    ) throws -> (ResourceUse, [ResourceUseSource]) {
        var (use, sources) = try estimateUse(grid: grid, objects: objects, records: records, store: store)
        if overrides {
            try use.apply(
                try store.currentResourceUseOverrides(), grid: grid, bedOccupancy: PlanningDefaults.bedOccupancy,
                sources: &sources)
        }
        return (use, sources)
    }

    /// Resource use per unit of production, estimated from the imported production and the capacity feed's
    /// available hours; defaults where history does not allow, beds through length of stay.
    private static func estimateUse(
        grid: PlanningGrid, objects: [PlanningObject], records: [CapacityRecord], store: NodeStore
    ) throws -> (ResourceUse, [ResourceUseSource]) {
        let (lastWeek, stored) = try store.weeklySeries(.production, objectCodes: Set(objects.map(\.code)))
        var history: [WeeklySeries] = []
        var usage: [ResourceUsageHistory] = []
        if let lastWeek {
            let first = lastWeek.adding(weeks: 1 - PlanningDefaults.historyWeeks)
            let window = (0..<PlanningDefaults.historyWeeks).map { first.adding(weeks: $0) }
            for series in stored {
                history.append(
                    WeeklySeries(
                        code: series.objectCode,
                        values: window.map { week in
                            let index = ISOWeek.weeks(from: series.firstWeek, to: week)
                            return index >= 0 && index < series.values.count ? series.values[index] : 0
                        }))
            }
            let hourResources = Set(grid.resources.filter { $0.measure == .hours }.map(\.code))
            var hours: [String: [String: [Double]]] = [:]
            for record in records where hourResources.contains(record.resourceCode) {
                let index = ISOWeek.weeks(from: first, to: record.week)
                guard index >= 0, index < window.count else { continue }
                hours[record.unitCode, default: [:]][record.resourceCode, default: window.map { _ in 0 }][index] +=
                    record.available
            }
            for (unit, byResource) in hours.sorted(by: { $0.key < $1.key }) {
                for (resource, values) in byResource.sorted(by: { $0.key < $1.key }) {
                    usage.append(ResourceUsageHistory(unitCode: unit, resourceCode: resource, hours: values))
                }
            }
        }
        var (use, sources) = try ResourceUse.estimate(
            grid: grid, history: history, usage: usage, defaults: PlanningDefaults.resourceUse)
        for (resource, item) in grid.resources.enumerated() where item.measure == .beds {
            for (object, planningObject) in grid.objects.enumerated() where planningObject.contactType == .inpatient {
                try use.set(
                    .lengthOfStay(days: PlanningDefaults.lengthOfStayDays, occupancy: PlanningDefaults.bedOccupancy),
                    object: object, resource: resource)
            }
        }
        return (use, sources)
    }
}
