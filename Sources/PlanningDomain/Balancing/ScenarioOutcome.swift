/// A scenario applied: the changed production need and resource use, the new balance and any warnings about the
/// order of preference.
public struct ScenarioOutcome: Sendable {
    /// The scenario's name.
    public var name: String
    /// Production need after the actions.
    public var production: ProductionNeed
    /// Resource use after the actions.
    public var use: ResourceUse
    /// The new balance.
    public var balance: Balance
    /// Swedish warnings (e.g. care bought while a sibling unit has unused capacity).
    public var warnings: [String]

    /// Production the capacity allows, plus care bought, per object and week: own need scaled down by the
    /// tightest resource the object uses at its unit (available / need, at most 1). This is what treats
    /// patients on the waiting list.
    public func deliveredProduction() -> [[Double]] {
        let grid = balance.grid
        let resourceCount = grid.resources.count
        var ratios = [Double](repeating: 1, count: grid.cellCount)
        for unit in grid.unitCodes.indices {
            for resource in 0..<resourceCount {
                for week in 0..<grid.weekCount {
                    let need = balance.need(unit: unit, resource: resource, week: week, subtree: false)
                    guard need > 0 else { continue }
                    let available = balance.available(unit: unit, resource: resource, week: week, subtree: false)
                    ratios[grid.cell(unit: unit, resource: resource, week: week)] = min(1, available / need)
                }
            }
        }
        return (0..<production.objectCount).map { object in
            let unit = grid.unitIndex(ofObject: object)
            let used = (0..<resourceCount).filter { use.factor(object: object, resource: $0) > 0 }
            return (0..<grid.weekCount).map { week in
                var ratio = 1.0
                for resource in used {
                    ratio = min(ratio, ratios[grid.cell(unit: unit, resource: resource, week: week)])
                }
                return production.need(object: object, week: week) * ratio
                    + production.bought(object: object, week: week)
            }
        }
    }
}
