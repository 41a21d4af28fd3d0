/// The period an indicator value covers: one ISO week or one month.
///
/// A month is made of the ISO weeks whose Thursday falls in it (``ISOWeek/month``), so a month's flow is exactly
/// the sum of its weeks' flows, and each week belongs to one month. Its text form is "2025-W07" or "2025-03".
public enum IndicatorPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// One ISO week.
    case week(ISOWeek)
    /// One month.
    case month(YearMonth)

    /// The period type.
    public var type: IndicatorPeriodType {
        switch self {
        case .week: .week
        case .month: .month
        }
    }

    /// The ISO weeks the period is made of, in order.
    public var weeks: [ISOWeek] {
        switch self {
        case .week(let week): [week]
        case .month(let month): month.weeks
        }
    }

    /// The last day of the period's last week (a month may end a few days after the calendar month does).
    public var lastDay: CivilDate {
        weeks.last!.sunday
    }

    /// The same period one year earlier: the same week number (nil when that year has no week 53), or the month
    /// twelve months earlier.
    public var samePeriodLastYear: IndicatorPeriod? {
        switch self {
        case .week(let week): ISOWeek(year: week.year - 1, week: week.week).map(IndicatorPeriod.week)
        case .month(let month): .month(month.adding(months: -12))
        }
    }

    /// A position on a time line counted in periods of the same type, for trends: weeks since an epoch week, or
    /// months since year 0. Only comparable between periods of the same type.
    public var ordinal: Int {
        switch self {
        case .week(let week): ISOWeek.weeks(from: Self.epochWeek, to: week)
        case .month(let month): month.year * 12 + month.month - 1
        }
    }

    /// Weeks before months; within a type, chronological.
    public static func < (lhs: IndicatorPeriod, rhs: IndicatorPeriod) -> Bool {
        switch (lhs, rhs) {
        case (.week(let left), .week(let right)): left < right
        case (.month(let left), .month(let right)): left < right
        case (.week, .month): true
        case (.month, .week): false
        }
    }

    /// "2025-W07" or "2025-03".
    public var description: String {
        switch self {
        case .week(let week): week.description
        case .month(let month): month.description
        }
    }

    /// A Swedish label, e.g. "vecka 7 2025" or "mars 2025".
    public var swedishLabel: String {
        switch self {
        case .week(let week): "vecka \(week.week) \(week.year)"
        case .month(let month): month.swedishLabel
        }
    }

    /// Parses "YYYY-Www" or "YYYY-MM", or returns nil.
    public static func parse(_ text: String) -> IndicatorPeriod? {
        if case .success(let week) = ISOWeek.parse(text) { return .week(week) }
        return YearMonth.parse(text).map(IndicatorPeriod.month)
    }

    private static let epochWeek = ISOWeek(year: 2000, week: 1)!
}

extension IndicatorPeriod: Codable {
    /// Decodes "YYYY-Www" or "YYYY-MM".
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Self.parse(text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "Perioden \"\(text)\" är varken en ISO-vecka (2025-W07) eller en månad (2025-03)."
                ))
        }
        self = period
    }

    /// Encodes the ``description`` form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
