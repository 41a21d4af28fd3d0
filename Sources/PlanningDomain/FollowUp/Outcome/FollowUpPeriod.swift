/// The period a follow-up figure covers. Weeks belong to the month, quarter and tertial of their Thursday
/// (``ISOWeek/month``), so no week is ever split or counted twice.
public enum FollowUpPeriod: Hashable, Sendable, Codable {
    /// One ISO week.
    case week(ISOWeek)
    /// The weeks whose Thursday falls in the month.
    case month(YearMonth)
    /// The weeks whose Thursday falls in the quarter.
    case quarter(YearQuarter)
    /// The weeks whose Thursday falls in the tertial.
    case tertial(YearTertial)
    /// Year to date: from week 1 of the week's ISO year up to and including the week.
    case yearToDate(through: ISOWeek)

    /// Whether `week` belongs to the period.
    public func contains(_ week: ISOWeek) -> Bool {
        switch self {
        case .week(let only): week == only
        case .month(let month): week.month == month
        case .quarter(let quarter): week.quarter == quarter
        case .tertial(let tertial): week.tertial == tertial
        case .yearToDate(let last): week.year == last.year && week <= last
        }
    }

    /// A Swedish label, e.g. "vecka 2025-W07", "mars 2025", "hittills i år t.o.m. 2025-W10".
    public var swedishLabel: String {
        switch self {
        case .week(let week): "vecka \(week)"
        case .month(let month): month.swedishLabel
        case .quarter(let quarter): quarter.swedishLabel
        case .tertial(let tertial): tertial.swedishLabel
        case .yearToDate(let last): "hittills i år t.o.m. \(last)"
        }
    }
}
