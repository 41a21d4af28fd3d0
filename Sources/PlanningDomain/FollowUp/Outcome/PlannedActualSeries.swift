/// Planned and actual values per key (a planning object, a unit–resource pair, …) and ISO week, over a window of
/// followed-up weeks; the one machine behind plan vs outcome, inflow vs forecast, capacity actual vs forecast
/// and waiting list actual vs projected.
///
/// Values outside the window are ignored: a plan runs ahead of its outcome, and only the weeks up to the latest
/// outcome can be followed up. Sums visit keys in sorted order and weeks in time order, so the same data always
/// gives bit-identical totals.
public struct PlannedActualSeries<Key: Hashable & Comparable & Sendable>: Sendable {
    /// How values add up over weeks.
    public enum Aggregation: String, Sendable, Codable {
        /// A flow (production, inflow, capacity hours): values add up over weeks; a missing value is 0.
        case flow
        /// A stock (waiting list size): over several weeks, each key counts at its latest week that has both a
        /// planned and an actual value; a key without such a week is left out.
        case stock
    }

    /// One cell: planned and actual, each nil until given.
    public struct Cell: Hashable, Sendable {
        /// The planned (forecast, projected) value.
        public var planned: Double?
        /// The actual value.
        public var actual: Double?
    }

    /// How values add up over weeks.
    public let aggregation: Aggregation
    /// The followed-up weeks, in order.
    public let weeks: [ISOWeek]
    /// The cells per key and week (only weeks inside the window).
    public private(set) var cells: [Key: [ISOWeek: Cell]] = [:]

    /// An empty series over `first...last`.
    ///
    /// - Throws: ``FollowUpError/emptyWindow(from:through:)`` when `last` is before `first`.
    public init(aggregation: Aggregation, from first: ISOWeek, through last: ISOWeek) throws(FollowUpError) {
        guard first <= last else { throw .emptyWindow(from: first, through: last) }
        self.aggregation = aggregation
        self.weeks = (0...ISOWeek.weeks(from: first, to: last)).map { first.adding(weeks: $0) }
    }

    /// The first followed-up week.
    public var firstWeek: ISOWeek { weeks[0] }
    /// The last followed-up week.
    public var lastWeek: ISOWeek { weeks[weeks.count - 1] }

    /// The keys with at least one value, sorted.
    public var keys: [Key] { cells.keys.sorted() }

    /// Adds `value` to the planned value of `key` in `week` (ignored outside the window).
    ///
    /// - Throws: ``FollowUpError/nonFiniteValue(code:week:)`` for NaN or infinity.
    public mutating func addPlanned(_ value: Double, key: Key, week: ISOWeek) throws(FollowUpError) {
        try add(value, key: key, week: week, to: \.planned)
    }

    /// Adds `value` to the actual value of `key` in `week` (ignored outside the window).
    ///
    /// - Throws: ``FollowUpError/nonFiniteValue(code:week:)`` for NaN or infinity.
    public mutating func addActual(_ value: Double, key: Key, week: ISOWeek) throws(FollowUpError) {
        try add(value, key: key, week: week, to: \.actual)
    }

    private mutating func add(
        _ value: Double, key: Key, week: ISOWeek, to field: WritableKeyPath<Cell, Double?>
    ) throws(FollowUpError) {
        guard value.isFinite else { throw .nonFiniteValue(code: "\(key)", week: week) }
        guard week >= firstWeek, week <= lastWeek else { return }
        var cell = cells[key]?[week] ?? Cell()
        cell[keyPath: field] = (cell[keyPath: field] ?? 0) + value
        cells[key, default: [:]][week] = cell
    }

    /// Planned and actual of `key` in `week` (missing values as 0).
    public func value(of key: Key, in week: ISOWeek) -> PlannedActual {
        let cell = cells[key]?[week]
        return PlannedActual(planned: cell?.planned ?? 0, actual: cell?.actual ?? 0)
    }

    /// The total over the keys and weeks selected (see ``Aggregation`` for how a stock adds up).
    public func total(keys includesKey: (Key) -> Bool, weeks includesWeek: (ISOWeek) -> Bool) -> PlannedActual {
        total(of: keys.filter(includesKey), weeks: includesWeek)
    }

    /// The total over `selected` keys (added in the order given) and the weeks selected. Costs one pass over the
    /// given keys only, so per-object rows of a large region stay linear in the number of objects.
    public func total(of selected: some Sequence<Key>, weeks includesWeek: (ISOWeek) -> Bool) -> PlannedActual {
        let selectedWeeks = weeks.filter(includesWeek)
        var result = PlannedActual.zero
        for key in selected {
            guard let row = cells[key] else { continue }
            switch aggregation {
            case .flow:
                for week in selectedWeeks {
                    guard let cell = row[week] else { continue }
                    result = result + PlannedActual(planned: cell.planned ?? 0, actual: cell.actual ?? 0)
                }
            case .stock:
                if let week = selectedWeeks.last(where: { row[$0]?.planned != nil && row[$0]?.actual != nil }),
                    let cell = row[week]
                {
                    result = result + PlannedActual(planned: cell.planned!, actual: cell.actual!)
                }
            }
        }
        return result
    }

    /// The total over the selected keys in `period`, split into normal and low-production weeks by `calendar`.
    public func split(
        keys includesKey: (Key) -> Bool, period: FollowUpPeriod, calendar: LowProductionCalendar
    ) -> PlannedActualSplit {
        split(of: keys.filter(includesKey), period: period, calendar: calendar)
    }

    /// The total over `selected` keys in `period`, split into normal and low-production weeks by `calendar`.
    public func split(
        of selected: [Key], period: FollowUpPeriod, calendar: LowProductionCalendar
    ) -> PlannedActualSplit {
        let inPeriod = weeks.filter(period.contains)
        let low = Set(inPeriod.filter(calendar.isLowProduction))
        return PlannedActualSplit(
            all: total(of: selected, weeks: period.contains),
            normalWeeks: total(of: selected) { period.contains($0) && !low.contains($0) },
            lowProductionWeeks: total(of: selected) { low.contains($0) },
            normalWeekCount: inPeriod.count - low.count, lowProductionWeekCount: low.count)
    }

    /// One total per followed-up week over the selected keys, in week order: the series an SPC chart or a line
    /// chart of plan against outcome is drawn from.
    public func weekly(keys includesKey: (Key) -> Bool) -> [(week: ISOWeek, figures: PlannedActual)] {
        weekly(of: keys.filter(includesKey))
    }

    /// One total per followed-up week over `selected` keys, in week order.
    public func weekly(of selected: [Key]) -> [(week: ISOWeek, figures: PlannedActual)] {
        weeks.map { week in (week: week, figures: total(of: selected) { $0 == week }) }
    }

    /// Forecast accuracy over the selected keys and weeks, computed on the weekly totals (so errors of two
    /// objects in one week may cancel, as they do for the unit that plans them together). Nil without weeks.
    public func accuracy(keys includesKey: (Key) -> Bool, weeks includesWeek: (ISOWeek) -> Bool) -> ForecastAccuracy? {
        ForecastAccuracy(weekly(keys: includesKey).filter { includesWeek($0.week) }.map(\.figures))
    }
}
