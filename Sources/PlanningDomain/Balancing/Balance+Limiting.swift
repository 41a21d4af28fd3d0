extension Balance {
    /// Need / available; infinite when there is need but no capacity, 0 when there is neither.
    public static func utilisation(need: Double, available: Double) -> Double {
        if available > 0 { return need / available }
        return need > 0 ? .infinity : 0
    }

    /// The limiting resources per unit (subtree) and period: every resource whose utilisation over the period is
    /// above `threshold`, highest first within each unit and period, with the weeks above the threshold.
    ///
    /// - Parameters:
    ///   - threshold: utilisation above which a resource limits (0.95 leaves a 5 % margin).
    ///   - granularity: week, month or quarter.
    ///   - unitCodes: the units to report; nil for every unit in the tree.
    public func limitingResources(
        threshold: Double = 0.95, by granularity: BalancePeriod.Granularity = .month, unitCodes: [String]? = nil
    ) throws(BalancingError) -> [LimitingResource] {
        var units: [Int] = []
        if let unitCodes {
            for code in unitCodes { units.append(try grid.resolveUnit(code)) }
        } else {
            units = Array(grid.unitCodes.indices)
        }
        let periods = periods(granularity)
        let weeks = grid.weeks
        var result: [LimitingResource] = []
        for unit in units {
            for (period, range) in periods {
                var found: [LimitingResource] = []
                for resource in grid.resources.indices {
                    var available = 0.0
                    var need = 0.0
                    var over: [ISOWeek] = []
                    for week in range {
                        let weekAvailable = self.available(unit: unit, resource: resource, week: week)
                        let weekNeed = self.need(unit: unit, resource: resource, week: week)
                        available += weekAvailable
                        need += weekNeed
                        if Self.utilisation(need: weekNeed, available: weekAvailable) > threshold {
                            over.append(weeks[week])
                        }
                    }
                    let utilisation = Self.utilisation(need: need, available: available)
                    guard utilisation > threshold else { continue }
                    found.append(
                        LimitingResource(
                            unitCode: grid.unitCodes[unit], period: period, resourceCode: grid.resources[resource].code,
                            measure: grid.resources[resource].measure, utilisation: utilisation,
                            gap: available - need, weeks: over))
                }
                result.append(contentsOf: found.sorted { $0.utilisation > $1.utilisation })
            }
        }
        return result
    }
}
