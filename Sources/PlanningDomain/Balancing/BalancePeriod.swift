/// A reporting period for gaps: a week, or a month or quarter assigned weeks by their Thursday.
public enum BalancePeriod: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// One ISO week.
    case week(ISOWeek)
    /// A calendar month (weeks whose Thursday falls in it).
    case month(YearMonth)
    /// A quarter (weeks whose Thursday falls in it).
    case quarter(YearQuarter)

    /// How fine a period is.
    public enum Granularity: String, Sendable, CaseIterable {
        /// Per ISO week.
        case week
        /// Per month.
        case month
        /// Per quarter.
        case quarter
    }

    /// The period of a granularity that contains `week`.
    public init(containing week: ISOWeek, granularity: Granularity) {
        switch granularity {
        case .week: self = .week(week)
        case .month: self = .month(week.month)
        case .quarter: self = .quarter(week.quarter)
        }
    }

    /// Swedish label for planners ("vecka 2025-W07", "februari 2025", "kvartal 1 2025").
    public var swedishLabel: String {
        switch self {
        case .week(let week): "vecka \(week)"
        case .month(let month): month.swedishLabel
        case .quarter(let quarter): quarter.swedishLabel
        }
    }

    /// Machine-readable form.
    public var description: String {
        switch self {
        case .week(let week): week.description
        case .month(let month): month.description
        case .quarter(let quarter): quarter.description
        }
    }

    /// Ordered by start; within the same kind only.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.week(let a), .week(let b)): a < b
        case (.month(let a), .month(let b)): a < b
        case (.quarter(let a), .quarter(let b)): a < b
        default: lhs.description < rhs.description
        }
    }
}
