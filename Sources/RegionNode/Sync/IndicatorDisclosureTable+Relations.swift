import PlanningDomain

extension IndicatorDisclosureTable {
    /// Every relation between the cells of `partition` that a reader knows from how the node computes its
    /// indicators, in a deterministic order. A candidate that does not hold for these values is left out: the
    /// reader cannot use an identity the numbers do not satisfy.
    static func relations(_ partition: Partition) -> [LinearRelation] {
        struct Line: Hashable {
            var quantity: String
            var grouping: IndicatorGrouping
            var group: String
        }
        struct Slot: Hashable {
            var grouping: IndicatorGrouping
            var group: String
            var period: IndicatorPeriod
        }
        var lines: [Line: [IndicatorPeriod: DisclosureCellKey]] = [:]
        var slots: [Slot: [String: DisclosureCellKey]] = [:]
        var specialtyCells: [String: [IndicatorPeriod: (total: DisclosureCellKey?, parts: [DisclosureCellKey])]] = [:]
        for key in partition.counts.keys.sorted() {
            let cell = partition.coordinates[key]!
            lines[Line(quantity: cell.quantity, grouping: cell.grouping, group: cell.group), default: [:]][
                cell.period] = key
            slots[Slot(grouping: cell.grouping, group: cell.group, period: cell.period), default: [:]][
                cell.quantity] = key
            var byPeriod = specialtyCells[cell.quantity, default: [:]][cell.period] ?? (nil, [])
            if cell.grouping == .specialty { byPeriod.total = key } else { byPeriod.parts.append(key) }
            specialtyCells[cell.quantity, default: [:]][cell.period] = byPeriod
        }
        var candidates: [LinearRelation] = []
        for line in lines.keys.sorted(by: {
            ($0.quantity, $0.grouping.rawValue, $0.group) < ($1.quantity, $1.grouping.rawValue, $1.group)
        }) {
            let periods = lines[line]!
            for period in periods.keys.sorted() {
                guard case .month(let month) = period, let total = periods[period] else { continue }
                let weeks = month.weeks.map { periods[.week($0)] }
                if isStock(line.quantity) {
                    // The month's figure comes from its last snapshot, which is also its latest week's figure.
                    if let latest = weeks.last(where: { $0 != nil }) ?? nil {
                        candidates.append(.sum(total, of: [latest]))
                    }
                } else if weeks.allSatisfy({ $0 != nil }) {
                    candidates.append(.sum(total, of: weeks.compactMap { $0 }))
                }
            }
        }
        for slot in slots.keys.sorted(by: {
            ($0.grouping.rawValue, $0.group, $0.period) < ($1.grouping.rawValue, $1.group, $1.period)
        }) {
            let quantities = slots[slot]!
            if let total = quantities["cancellations-plus-production"], let cancelled = quantities["cancellations"],
                let produced = quantities["production"]
            {
                candidates.append(.sum(total, of: [cancelled, produced]))
            }
            guard let waiting = quantities["waiting"] else { continue }
            for name in quantities.keys.sorted() where name.hasPrefix("waiting-within-") {
                let days = name.dropFirst("waiting-within-".count)
                if let within = quantities[name], let over = quantities["waiting-over-\(days)"] {
                    candidates.append(.sum(waiting, of: [within, over]))
                }
            }
        }
        for quantity in specialtyCells.keys.sorted() {
            let byPeriod = specialtyCells[quantity]!
            for period in byPeriod.keys.sorted() {
                guard let total = byPeriod[period]!.total, !byPeriod[period]!.parts.isEmpty else { continue }
                candidates.append(.sum(total, of: byPeriod[period]!.parts))
            }
        }
        return candidates.filter { holds($0, counts: partition.counts) }
    }

    /// Whether waiting-list stocks (read from a snapshot) rather than flows (summed over weeks).
    static func isStock(_ quantity: String) -> Bool { quantity.hasPrefix("waiting") }

    private static func holds(_ relation: LinearRelation, counts: [DisclosureCellKey: Int]) -> Bool {
        var sum = 0
        for term in relation.terms {
            guard let value = counts[term.key] else { return false }
            sum += term.coefficient * value
        }
        return sum == 0
    }
}
