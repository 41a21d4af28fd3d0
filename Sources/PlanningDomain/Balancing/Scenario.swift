/// A named list of actions applied, in order, to a baseline, giving a new balance.
public struct Scenario: Sendable, Hashable {
    /// Name shown to planners ("10 % fler remisser").
    public var name: String
    /// The actions.
    public var actions: [BalancingAction]

    /// Creates a scenario.
    public init(name: String, actions: [BalancingAction]) {
        self.name = name
        self.actions = actions
    }

    /// Applies every action and balances the result; an unrealised efficiency gain or an unknown code refuses
    /// the whole scenario.
    public func apply(to baseline: ScenarioBaseline) throws(BalancingError) -> ScenarioOutcome {
        let grid = baseline.grid
        var production = baseline.production
        var use = baseline.use
        var available = baseline.available
        for action in actions {
            try Self.apply(action, grid: grid, production: &production, use: &use, available: &available)
        }
        let balance = Balance(
            grid: grid, available: available, need: CapacityNeed(grid: grid, production: production, use: use))
        let warnings = try PreferenceCheck.warnings(for: actions, balance: balance, use: use)
        return ScenarioOutcome(name: name, production: production, use: use, balance: balance, warnings: warnings)
    }

    private static func apply(
        _ action: BalancingAction, grid: PlanningGrid, production: inout ProductionNeed, use: inout ResourceUse,
        available: inout AvailableCapacity
    ) throws(BalancingError) {
        switch action.effect {
        case .moveCapacity(let resourceCode, let from, let fromWeek, let to, let toWeek, let amount):
            try checkAmount(amount, action)
            let resource = try grid.resolveResource(resourceCode)
            let source = try grid.resolveUnit(from)
            let sourceWeek = try grid.resolveWeek(fromWeek)
            // Only what is there can be moved.
            let moved = min(amount, available.available(unit: source, resource: resource, week: sourceWeek))
            available.add(-moved, unit: source, resource: resource, week: sourceWeek)
            available.add(moved, unit: try grid.resolveUnit(to), resource: resource, week: try grid.resolveWeek(toWeek))
        case .efficiencyGain(let objectCode, let resourceCode, let minutesSaved, let realised):
            guard realised else { throw .unrealisedGain(name: action.name) }
            try checkAmount(minutesSaved, action)
            use.reduceMinutes(
                object: try grid.resolveObject(objectCode), resource: try grid.resolveResource(resourceCode),
                by: minutesSaved)
        case .addCapacity(let unitCode, let resourceCode, let weeks, let amountPerWeek):
            try checkAmount(amountPerWeek, action)
            let unit = try grid.resolveUnit(unitCode)
            let resource = try grid.resolveResource(resourceCode)
            for week in weeks {
                available.add(amountPerWeek, unit: unit, resource: resource, week: try grid.resolveWeek(week))
            }
        case .buyCare(let objectCode, let weeks, let volumePerWeek):
            try checkAmount(volumePerWeek, action)
            let object = try grid.resolveObject(objectCode)
            for week in weeks {
                production.buy(object: object, week: try grid.resolveWeek(week), volume: volumePerWeek)
            }
        case .postpone(let objectCodes, let weeks, let share, let byWeeks):
            guard share >= 0, share <= 1 else { throw .invalidAmount(name: action.name, value: share) }
            try checkAmount(Double(byWeeks), action)
            for code in objectCodes {
                let object = try grid.resolveObject(code)
                for week in weeks {
                    let index = try grid.resolveWeek(week)
                    let moved = production.need(object: object, week: index) * share
                    production.addExtra(object: object, week: index, amount: -moved)
                    if index + byWeeks < grid.weekCount {
                        production.addExtra(object: object, week: index + byWeeks, amount: moved)
                    }
                }
            }
        case .scaleInflow(let factor, let objectCodes):
            try checkAmount(factor, action)
            if let objectCodes {
                for code in objectCodes { production.scaleInflow(object: try grid.resolveObject(code), by: factor) }
            } else {
                for object in 0..<production.objectCount { production.scaleInflow(object: object, by: factor) }
            }
        case .closeWeeks(let weeks, let unitCodes, let resourceCodes):
            var units: [Int] = []
            for code in unitCodes ?? grid.unitCodes { units.append(try grid.resolveUnit(code)) }
            var resources: [Int] = []
            for code in resourceCodes ?? grid.resources.map(\.code) { resources.append(try grid.resolveResource(code)) }
            for week in weeks {
                let index = try grid.resolveWeek(week)
                for unit in units {
                    for resource in resources { available.set(0, unit: unit, resource: resource, week: index) }
                }
            }
        }
    }

    private static func checkAmount(_ value: Double, _ action: BalancingAction) throws(BalancingError) {
        guard value >= 0, value.isFinite else { throw .invalidAmount(name: action.name, value: value) }
    }
}
