extension ResourceUse {
    /// Fewest weeks of history per estimated column (planning object), and overall.
    public static let minimumWeeksPerObject = 3
    /// Fewest weeks of history for any estimate.
    public static let minimumWeeks = 8

    /// Estimates minutes per unit of production from history, by non-negative least squares per (unit, resource):
    /// hours used in week t × 60 ≈ Σ over the unit's objects of production(object, t) × minutes(object).
    ///
    /// History is insufficient, and the `defaults` table is used for every object of that unit instead, when
    /// there are fewer than ``minimumWeeks`` weeks or fewer than ``minimumWeeksPerObject`` weeks per object,
    /// when no object of the unit produced anything, or when the objects' production series are collinear (the
    /// split between them cannot be told apart). An object that never produced gets its default too. Pairs
    /// without any usage history get defaults. Objects with neither keep no use of that resource.
    ///
    /// - Parameters:
    ///   - history: weekly production per planning object (all series the same length as the usage hours).
    ///   - usage: weekly hours used per (unit, resource); only resources measured in hours are estimated.
    public static func estimate(
        grid: PlanningGrid, history: [WeeklySeries], usage: [ResourceUsageHistory], defaults: ResourceUseDefaults
    ) throws(BalancingError) -> (use: ResourceUse, sources: [ResourceUseSource]) {
        var use = ResourceUse(grid: grid)
        var sources: [ResourceUseSource] = []
        var production = [[Double]?](repeating: nil, count: grid.objects.count)
        for series in history { production[try grid.resolveObject(series.code)] = series.values }
        var objectsByUnit = [[Int]](repeating: [], count: grid.unitCodes.count)
        for object in grid.objects.indices { objectsByUnit[grid.unitIndex(ofObject: object)].append(object) }
        var covered = Set<Int>()  // unit * resourceCount + resource pairs with history
        for item in usage {
            let unit = try grid.resolveUnit(item.unitCode)
            let resource = try grid.resolveResource(item.resourceCode)
            guard grid.resources[resource].measure == .hours else {
                throw .measureMismatch(
                    resourceCode: item.resourceCode, measure: grid.resources[resource].measure,
                    given: "timmar")
            }
            covered.insert(unit * grid.resources.count + resource)
            let objects = objectsByUnit[unit].filter { object in
                production[object].map { $0.count == item.hours.count && $0.contains { $0 > 0 } } ?? false
            }
            let weeks = item.hours.count
            var reason: String?
            if objects.isEmpty {
                reason = "ingen produktionshistorik för enhetens planeringsobjekt"
            } else if weeks < max(minimumWeeks, minimumWeeksPerObject * objects.count) {
                reason = "\(weeks) veckors historik räcker inte för \(objects.count) planeringsobjekt"
            }
            var solution: [Double]?
            if reason == nil {
                let rows = (0..<weeks).map { week in objects.map { production[$0]![week] } }
                solution = NonNegativeLeastSquares.solve(rows: rows, rhs: item.hours.map { $0 * 60 })
                if solution == nil { reason = "planeringsobjektens produktion varierar för lika för att skiljas åt" }
            }
            if let solution {
                var squared = 0.0
                for week in 0..<weeks {
                    var fitted = 0.0
                    for (column, object) in objects.enumerated() {
                        fitted += production[object]![week] * solution[column]
                    }
                    squared += (fitted / 60 - item.hours[week]) * (fitted / 60 - item.hours[week])
                }
                for (column, object) in objects.enumerated() {
                    try use.set(.minutes(solution[column]), object: object, resource: resource)
                }
                let estimated = Set(objects)
                for object in objectsByUnit[unit] where !estimated.contains(object) {
                    try use.applyDefault(defaults, grid: grid, object: object, resource: resource)
                }
                let rmse = (squared / Double(weeks)).squareRoot()
                sources.append(
                    ResourceUseSource(
                        unitCode: item.unitCode, resourceCode: item.resourceCode,
                        origin: .history(weeks: weeks, rootMeanSquareError: rmse)))
            } else {
                for object in objectsByUnit[unit] {
                    try use.applyDefault(defaults, grid: grid, object: object, resource: resource)
                }
                sources.append(
                    ResourceUseSource(
                        unitCode: item.unitCode, resourceCode: item.resourceCode,
                        origin: .fallback(reason: reason ?? "otillräcklig historik")))
            }
        }
        for unit in grid.unitCodes.indices where !objectsByUnit[unit].isEmpty {
            for resource in grid.resources.indices where !covered.contains(unit * grid.resources.count + resource) {
                for object in objectsByUnit[unit] {
                    try use.applyDefault(defaults, grid: grid, object: object, resource: resource)
                }
            }
        }
        return (use, sources)
    }

    private mutating func applyDefault(
        _ defaults: ResourceUseDefaults, grid: PlanningGrid, object: Int, resource: Int
    ) throws(BalancingError) {
        let code = grid.resources[resource].code
        guard grid.resources[resource].measure == .hours,
            let minutes = defaults.minutes(for: grid.objects[object], resourceCode: code)
        else { return }
        try set(.minutes(minutes), object: object, resource: resource)
    }
}
