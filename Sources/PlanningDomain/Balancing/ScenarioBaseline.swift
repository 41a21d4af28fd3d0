/// What a scenario starts from: production need, resource use and available capacity over one grid.
public struct ScenarioBaseline: Sendable {
    /// The index space.
    public var grid: PlanningGrid
    /// Production need per object and week.
    public var production: ProductionNeed
    /// Resource use per unit of production.
    public var use: ResourceUse
    /// Available capacity per unit, resource and week.
    public var available: AvailableCapacity

    /// Creates a baseline.
    public init(grid: PlanningGrid, production: ProductionNeed, use: ResourceUse, available: AvailableCapacity) {
        self.grid = grid
        self.production = production
        self.use = use
        self.available = available
    }
}
