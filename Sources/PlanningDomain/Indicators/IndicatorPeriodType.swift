/// The length of the periods an indicator is computed for.
public enum IndicatorPeriodType: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
    /// ISO weeks.
    case week
    /// Calendar months, each made of the ISO weeks whose Thursday falls in it (see ``ISOWeek/month``).
    case month

    /// Swedish name, for labels.
    public var swedishName: String {
        switch self {
        case .week: "vecka"
        case .month: "månad"
        }
    }

    /// Weeks before months.
    public static func < (lhs: IndicatorPeriodType, rhs: IndicatorPeriodType) -> Bool {
        (lhs == .week ? 0 : 1) < (rhs == .week ? 0 : 1)
    }
}
