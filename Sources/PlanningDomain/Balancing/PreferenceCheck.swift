/// Warns when a lower-preference action (rank 3: add capacity, buy care) is used while a rank-1 move would have
/// covered the gap: another unit of the same department has unused capacity of the same resource that week.
enum PreferenceCheck {
    static let tolerance = 1e-6

    static func warnings(
        for actions: [BalancingAction], balance: Balance, use: ResourceUse
    ) throws(BalancingError) -> [String] {
        let grid = balance.grid
        let departments = grid.unitCodes.indices.map { grid.departmentIndex(ofUnit: $0) }
        var result: [String] = []
        for action in actions {
            let unit: Int
            let resources: [Int]
            let weeks: [ISOWeek]
            switch action.effect {
            case .buyCare(let objectCode, let actionWeeks, _):
                let object = try grid.resolveObject(objectCode)
                unit = grid.unitIndex(ofObject: object)
                resources = grid.resources.indices.filter { use.factor(object: object, resource: $0) > 0 }
                weeks = actionWeeks
            case .addCapacity(let unitCode, let resourceCode, let actionWeeks, _):
                unit = try grid.resolveUnit(unitCode)
                resources = [try grid.resolveResource(resourceCode)]
                weeks = actionWeeks
            default:
                continue
            }
            for resource in resources {
                var spare: [String: [Int]] = [:]  // sibling unit code → week numbers
                for week in weeks {
                    let index = try grid.resolveWeek(week)
                    for sibling in grid.unitCodes.indices
                    where sibling != unit && departments[sibling] == departments[unit] && sibling != departments[unit]
                        && balance.gap(unit: sibling, resource: resource, week: index, subtree: false) > tolerance
                    {
                        spare[grid.unitCodes[sibling], default: []].append(week.week)
                    }
                }
                for (sibling, numbers) in spare.sorted(by: { $0.key < $1.key }) {
                    let list = numbers.map { "v\($0)" }.joined(separator: ", ")
                    result.append(
                        "Åtgärden \"\(action.name)\" (\(action.kind.swedishName), prioritet "
                            + "\(action.preferenceRank ?? 0)) används trots outnyttjad kapacitet av "
                            + "\(grid.resources[resource].code) hos \(sibling) inom samma verksamhet (\(list)). "
                            + "Flytta kapacitet först (prioritet 1).")
                }
            }
        }
        return result
    }
}
