/// One rule that marks ISO weeks as low-production weeks. Build rules with the static factories.
///
/// A struct around a private kind rather than a public enum, so new kinds of rule can be added later
/// without breaking exhaustive switches in other modules.
public struct LowProductionRule: Sendable, Hashable, Codable {
    private enum Kind: Sendable, Hashable, Codable {
        case summer(weeks: ClosedRange<Int>)
        case christmasAndNewYear
        case easter
        case winterBreak(week: Int)
        case explicit(weeks: Set<ISOWeek>, reason: LowProductionReason)
    }

    private let kind: Kind

    private init(_ kind: Kind) {
        self.kind = kind
    }

    /// Summer: every year, the ISO weeks with numbers in `weeks` (27–32 by default).
    public static func summer(weeks: ClosedRange<Int> = 27...32) -> LowProductionRule {
        LowProductionRule(.summer(weeks: weeks))
    }

    /// Christmas and New Year: every week that contains any day from 24 December through 1 January.
    public static let christmasAndNewYear = LowProductionRule(.christmasAndNewYear)

    /// Easter: the week that contains långfredagen and påskdagen (they always share a week).
    public static let easter = LowProductionRule(.easter)

    /// Sportlov: every year, the ISO week numbered `week` (7, 8 or 9 depending on the region).
    public static func winterBreak(week: Int) -> LowProductionRule {
        LowProductionRule(.winterBreak(week: week))
    }

    /// Specific weeks, for locally decided exceptions.
    public static func explicit(weeks: Set<ISOWeek>, reason: LowProductionReason = .other) -> LowProductionRule {
        LowProductionRule(.explicit(weeks: weeks, reason: reason))
    }

    /// The reason reported for weeks this rule matches.
    public var reason: LowProductionReason {
        switch kind {
        case .summer: .summer
        case .christmasAndNewYear: .christmasAndNewYear
        case .easter: .easter
        case .winterBreak: .winterBreak
        case let .explicit(_, reason): reason
        }
    }

    /// Whether this rule marks `week` as a low-production week.
    public func matches(_ week: ISOWeek) -> Bool {
        switch kind {
        case let .summer(weeks):
            return weeks.contains(week.week)
        case .christmasAndNewYear:
            return week.days.contains { ($0.month == 12 && $0.day >= 24) || ($0.month == 1 && $0.day == 1) }
        case .easter:
            // Easter is in March or April, so the Easter week's ISO year is the calendar year.
            return ISOWeek(containing: SwedishCalendar.easterSunday(year: week.year)) == week
        case let .winterBreak(number):
            return week.week == number
        case let .explicit(weeks, _):
            return weeks.contains(week)
        }
    }
}
