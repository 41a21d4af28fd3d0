extension ProductionPlan {
    /// The planned total of `object` over the whole plan; 0 for an object without a plan.
    public func total(of object: String) -> Double {
        VolumeDistribution.sum(volumes[object] ?? [])
    }

    /// The planned total of all objects in `week`; nil if the plan does not cover the week.
    public func total(in week: ISOWeek) -> Double? {
        guard let index = index(of: week) else { return nil }
        return VolumeDistribution.sum(objectCodes.map { volumes[$0]![index] })
    }

    /// The planned total of all objects over the whole plan.
    public var grandTotal: Double {
        VolumeDistribution.sum(objectCodes.map { total(of: $0) })
    }

    /// The planned total per week over all objects, index 0 being ``startWeek``.
    public func weeklyTotals() -> [Double] {
        let rows = objectCodes.map { volumes[$0]! }
        return (0..<weekCount).map { index in VolumeDistribution.sum(rows.map { $0[index] }) }
    }

    /// The planned total of `objects` (all objects when nil) over the plan weeks for which `includes` is true.
    public func total(objects: Set<String>? = nil, weeks includes: (ISOWeek) -> Bool) -> Double {
        let selected = weeks.enumerated().filter { includes($0.element) }.map(\.offset)
        let codes = objectCodes.filter { objects?.contains($0) ?? true }
        return VolumeDistribution.sum(
            codes.map { code in
                let row = volumes[code]!
                return VolumeDistribution.sum(selected.map { row[$0] })
            })
    }

    /// The planned total per month for `object` (all objects when nil). A week belongs to the month of its
    /// Thursday (``ISOWeek/month``), so a week is never split between months.
    public func monthlyTotals(of object: String? = nil) -> [YearMonth: Double] {
        totals(of: object, by: \.month)
    }

    /// The planned total per quarter for `object` (all objects when nil), by the quarter of each week's Thursday.
    public func quarterlyTotals(of object: String? = nil) -> [YearQuarter: Double] {
        totals(of: object, by: \.quarter)
    }

    /// The planned total per ISO week-year for `object` (all objects when nil).
    public func yearlyTotals(of object: String? = nil) -> [Int: Double] {
        totals(of: object, by: \.year)
    }

    /// The planned total per period for `object` (all objects when nil), grouping weeks by `period`.
    public func totals<Period: Hashable>(of object: String? = nil, by period: (ISOWeek) -> Period) -> [Period: Double] {
        let objects = object.map { Set([$0]) }
        var result: [Period: Double] = [:]
        for key in Set(weeks.map(period)) {
            result[key] = total(objects: objects) { period($0) == key }
        }
        return result
    }
}
