/// Classifies ISO weeks as normal weeks or low-production weeks.
///
/// The classification is deliberately binary: a week is low-production if any rule matches it, and then its
/// ``reason(for:)`` is that of the first matching rule (rules earlier in the list win). How much production
/// drops in such a week is decided by the plan, not here.
public struct LowProductionCalendar: Sendable, Hashable, Codable {
    /// The rules, in priority order.
    public let rules: [LowProductionRule]

    /// Creates a calendar from rules in priority order.
    public init(rules: [LowProductionRule]) {
        self.rules = rules
    }

    /// Summer weeks 27–32, Christmas and New Year, and Easter; no sportlov (add it per region).
    public static let standard = LowProductionCalendar(rules: [.summer(), .christmasAndNewYear, .easter])

    /// The reason `week` is a low-production week, or nil for a normal week.
    public func reason(for week: ISOWeek) -> LowProductionReason? {
        rules.first { $0.matches(week) }?.reason
    }

    /// Whether `week` is a low-production week.
    public func isLowProduction(_ week: ISOWeek) -> Bool {
        reason(for: week) != nil
    }

    /// The low-production weeks of ISO week-year `year`, in order.
    public func lowProductionWeeks(in year: Int) -> [ISOWeek] {
        (1...ISOWeek.weeksIn(year: year)).compactMap { ISOWeek(year: year, week: $0) }.filter(isLowProduction)
    }
}
