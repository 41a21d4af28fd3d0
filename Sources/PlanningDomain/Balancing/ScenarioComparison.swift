/// A scenario side by side with its baseline: production, capacity gap per resource, and each waiting list and
/// its share within the limit at the end of the horizon.
public struct ScenarioComparison: Sendable {
    /// A pair of figures.
    public struct Pair: Sendable, Hashable {
        /// The baseline's figure.
        public var baseline: Double
        /// The scenario's figure.
        public var scenario: Double
        /// Scenario − baseline.
        public var change: Double { scenario - baseline }
    }

    /// One resource's gap, summed over all units and weeks, in its measure.
    public struct ResourceGap: Sendable, Hashable {
        /// The resource's code.
        public var resourceCode: String
        /// Its measure.
        public var measure: ResourceMeasure
        /// Net gap (available − need).
        public var gap: Pair
        /// Sum of the shortfalls (negative own gaps) over units and weeks: shortfalls elsewhere are not offset.
        public var shortfall: Pair
    }

    /// One waiting list at the end of the horizon.
    public struct WaitingList: Sendable, Hashable {
        /// The group's name.
        public var name: String
        /// Patients waiting.
        public var waiting: Pair
        /// Share waiting within the limit.
        public var shareWithinLimit: Pair
    }

    /// The baseline's name.
    public var baselineName: String
    /// The scenario's name.
    public var scenarioName: String
    /// Own production need over the horizon.
    public var productionNeed: Pair
    /// Production delivered (capacity-limited own production plus care bought) over the horizon.
    public var deliveredProduction: Pair
    /// Per resource.
    public var resourceGaps: [ResourceGap]
    /// Per waiting-list group.
    public var waitingLists: [WaitingList]
    /// The scenario's warnings.
    public var warnings: [String]

    /// Compares two outcomes over the same grid; simulates each waiting-list group in both.
    public init(
        baseline: ScenarioOutcome, scenario: ScenarioOutcome, waitingLists groups: [WaitingListGroup] = []
    ) throws(BalancingError) {
        let grid = baseline.balance.grid
        baselineName = baseline.name
        scenarioName = scenario.name
        warnings = scenario.warnings
        productionNeed = Pair(baseline: baseline.production.total, scenario: scenario.production.total)
        let baseDelivered = baseline.deliveredProduction()
        let scenarioDelivered = scenario.deliveredProduction()
        deliveredProduction = Pair(
            baseline: baseDelivered.joined().reduce(0, +), scenario: scenarioDelivered.joined().reduce(0, +))
        resourceGaps = grid.resources.indices.map { resource in
            let base = Self.gapTotals(baseline.balance, resource: resource)
            let next = Self.gapTotals(scenario.balance, resource: resource)
            return ResourceGap(
                resourceCode: grid.resources[resource].code, measure: grid.resources[resource].measure,
                gap: Pair(baseline: base.gap, scenario: next.gap),
                shortfall: Pair(baseline: base.shortfall, scenario: next.shortfall))
        }
        var lists: [WaitingList] = []
        for group in groups {
            var objects: [Int] = []
            for code in group.objectCodes { objects.append(try grid.resolveObject(code)) }
            let base = Self.simulate(
                group, objects: objects, production: baseline.production, delivered: baseDelivered,
                grid: grid)
            let next = Self.simulate(
                group, objects: objects, production: scenario.production,
                delivered: scenarioDelivered, grid: grid)
            lists.append(
                WaitingList(
                    name: group.name, waiting: Pair(baseline: base.waiting, scenario: next.waiting),
                    shareWithinLimit: Pair(baseline: base.shareWithin, scenario: next.shareWithin)))
        }
        waitingLists = lists
    }

    private static func gapTotals(_ balance: Balance, resource: Int) -> (gap: Double, shortfall: Double) {
        var gap = 0.0
        var shortfall = 0.0
        for unit in balance.grid.unitCodes.indices {
            for week in 0..<balance.grid.weekCount {
                let own = balance.gap(unit: unit, resource: resource, week: week, subtree: false)
                gap += own
                shortfall += min(0, own)
            }
        }
        return (gap, shortfall)
    }

    private static func simulate(
        _ group: WaitingListGroup, objects: [Int], production: ProductionNeed, delivered: [[Double]],
        grid: PlanningGrid
    ) -> (waiting: Double, shareWithin: Double) {
        var inflow: [[Int: Double]] = []
        var capacity: [Double] = []
        for week in 0..<grid.weekCount {
            inflow.append([group.priority: objects.reduce(0) { $0 + production.inflow(object: $1, week: week) }])
            capacity.append(objects.reduce(0) { $0 + delivered[$1][week] })
        }
        let simulation = WaitingListSimulation(
            startWeek: grid.startWeek, initial: group.initial, inflow: inflow, capacity: capacity,
            withdrawalRate: group.withdrawalRate, limit: group.limit)
        guard let last = simulation.run().weeks.last else { return (0, 1) }
        return (last.waiting, last.shareWaitingWithinLimit)
    }
}
