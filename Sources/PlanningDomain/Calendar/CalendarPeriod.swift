/// A contiguous run of whole days with a first and last date: a week, month, quarter or tertial.
///
/// Conforming types get ``dayCount``, ``contains(_:)``, ``dates`` and ``weeks`` for free.
public protocol CalendarPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first day of the period.
    var firstDay: CivilDate { get }
    /// The last day of the period (inclusive).
    var lastDay: CivilDate { get }
}

extension CalendarPeriod {
    /// The number of days in the period.
    public var dayCount: Int {
        CivilDate.days(from: firstDay, to: lastDay) + 1
    }

    /// Whether `date` lies within the period.
    public func contains(_ date: CivilDate) -> Bool {
        firstDay <= date && date <= lastDay
    }

    /// Every date in the period, in order.
    public var dates: [CivilDate] {
        let start = firstDay
        return (0..<dayCount).map { start.adding(days: $0) }
    }

    /// The ISO weeks whose Thursday falls in the period, in order.
    ///
    /// This assigns each week to exactly one month, quarter, tertial and year (see ``ISOWeek/month``), so
    /// summing weekly figures over `weeks` never counts a week twice.
    public var weeks: [ISOWeek] {
        let first = firstDay
        let last = lastDay
        let daysToThursday = (Weekday.thursday.rawValue - first.weekday.rawValue + 7) % 7
        var thursday = first.adding(days: daysToThursday)
        var result: [ISOWeek] = []
        while thursday <= last {
            result.append(ISOWeek(containing: thursday))
            thursday = thursday.adding(days: 7)
        }
        return result
    }
}

extension ISOWeek: CalendarPeriod {
    /// The Monday of the week.
    public var firstDay: CivilDate { monday }
    /// The Sunday of the week.
    public var lastDay: CivilDate { sunday }
}
