import PlanningDomain

/// Random hierarchical tables for disclosure tests, from a seeded generator.
enum DisclosureTables {
    /// A count that is small (1..4) about a third of the time, zero sometimes, otherwise 5...30.
    static func randomCount(using generator: inout SeededGenerator) -> Int {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: 0
        case 1...3: Int.random(in: 1...4, using: &generator)
        default: Int.random(in: 5...30, using: &generator)
        }
    }

    /// A rows × columns table of person counts with row totals ("r|all"), column totals ("all|c") and a grand
    /// total ("all|all"); `interior` gives the values (row-major), else they are random.
    static func twoWay(
        rows: Int, columns: Int, interior: [Int]? = nil, generator: inout SeededGenerator
    ) throws -> StatisticalRelease {
        var values: [[Int]] = []
        for row in 0..<rows {
            values.append(
                (0..<columns).map { column in
                    interior?[row * columns + column] ?? randomCount(using: &generator)
                })
        }
        let rowKeys = (0..<rows).map { "r\($0)" }
        let columnKeys = (0..<columns).map { "c\($0)" }
        var cells: [StatisticalCell] = []
        var relations: [LinearRelation] = []
        for (row, rowKey) in rowKeys.enumerated() {
            for (column, columnKey) in columnKeys.enumerated() {
                cells.append(.personCount(key(rowKey, columnKey), values[row][column]))
            }
            cells.append(.personCount(key(rowKey, "all"), values[row].reduce(0, +)))
            relations.append(.sum(key(rowKey, "all"), of: columnKeys.map { key(rowKey, $0) }))
        }
        for (column, columnKey) in columnKeys.enumerated() {
            cells.append(.personCount(key("all", columnKey), values.map { $0[column] }.reduce(0, +)))
            relations.append(.sum(key("all", columnKey), of: rowKeys.map { key($0, columnKey) }))
        }
        cells.append(.personCount(key("all", "all"), values.joined().reduce(0, +)))
        relations.append(.sum(key("all", "all"), of: rowKeys.map { key($0, "all") }))
        relations.append(.sum(key("all", "all"), of: columnKeys.map { key("all", $0) }))
        return try StatisticalRelease(cells: cells, relations: relations)
    }

    /// Regions × groups × weeks, weeks grouped into months, with totals over regions ("all"), over groups
    /// ("all") and over weeks (the month): every level a person count with its relations.
    static func regionsGroupsWeeks(
        regions: Int, groups: Int, months: Int, weeksPerMonth: Int, generator: inout SeededGenerator
    ) throws -> StatisticalRelease {
        let regionKeys = (0..<regions).map { "reg\($0)" } + ["all"]
        let groupKeys = (0..<groups).map { "g\($0)" } + ["all"]
        var periods: [(month: String, weeks: [String])] = []
        for month in 0..<months {
            periods.append(("m\(month)", (0..<weeksPerMonth).map { "m\(month)w\($0)" }))
        }
        let weekKeys = periods.flatMap(\.weeks)
        var base: [String: Int] = [:]
        for region in regionKeys.dropLast() {
            for group in groupKeys.dropLast() {
                for week in weekKeys { base[key(region, group, week).rawValue] = randomCount(using: &generator) }
            }
        }
        func value(_ region: String, _ group: String, _ week: String) -> Int {
            let regions = region == "all" ? Array(regionKeys.dropLast()) : [region]
            let groups = group == "all" ? Array(groupKeys.dropLast()) : [group]
            var sum = 0
            for r in regions { for g in groups { sum += base[key(r, g, week).rawValue] ?? 0 } }
            return sum
        }
        var cells: [StatisticalCell] = []
        var relations: [LinearRelation] = []
        for region in regionKeys {
            for group in groupKeys {
                for period in periods {
                    let weekValues = period.weeks.map { value(region, group, $0) }
                    for (week, weekValue) in zip(period.weeks, weekValues) {
                        cells.append(.personCount(key(region, group, week), weekValue))
                    }
                    cells.append(.personCount(key(region, group, period.month), weekValues.reduce(0, +)))
                    relations.append(
                        .sum(key(region, group, period.month), of: period.weeks.map { key(region, group, $0) }))
                }
            }
        }
        for period in periods.map(\.month) + weekKeys {
            for group in groupKeys {
                relations.append(
                    .sum(key("all", group, period), of: regionKeys.dropLast().map { key($0, group, period) }))
            }
            for region in regionKeys {
                relations.append(
                    .sum(key(region, "all", period), of: groupKeys.dropLast().map { key(region, $0, period) }))
            }
        }
        return try StatisticalRelease(cells: cells, relations: relations)
    }

    static func key(_ parts: String...) -> DisclosureCellKey { DisclosureCellKey(components: parts) }

    /// The largest count in the release (a safe search bound for the brute-force attacker, doubled).
    static func searchBound(_ release: StatisticalRelease) -> Int {
        2 * (release.cells.compactMap(\.count).max() ?? 0) + 10
    }

    /// Person-based published counts in 1..k−1.
    static func smallPublished(_ protected: ProtectedRelease, release: StatisticalRelease) -> [DisclosureCellKey] {
        protected.published.compactMap { published in
            guard let count = published.value.count, let cell = release.cell(published.key),
                cell.protectsSmallCounts, count >= 1, count < cell.threshold
            else { return nil }
            return published.key
        }
    }
}
