/// A tertial of a specific year, the four-month reporting period Swedish regions use: T1 January–April,
/// T2 May–August, T3 September–December.
public struct YearTertial: CalendarPeriod, Codable {
    /// The year, e.g. 2025.
    public let year: Int
    /// The tertial, 1 through 3.
    public let tertial: Int

    /// Creates a tertial, or returns nil if `tertial` is not 1...3 or the year is unsupported.
    public init?(year: Int, tertial: Int) {
        guard CivilDate.supportedYears.contains(year), (1...3).contains(tertial) else { return nil }
        self.year = year
        self.tertial = tertial
    }

    /// The tertial that contains `date`.
    public init(containing date: CivilDate) {
        year = date.year
        tertial = (date.month - 1) / 4 + 1
    }

    /// The first month of the tertial.
    public var firstMonth: YearMonth { YearMonth(year: year, month: (tertial - 1) * 4 + 1)! }

    /// The last month of the tertial.
    public var lastMonth: YearMonth { YearMonth(year: year, month: tertial * 4)! }

    /// The 4 months of the tertial, in order.
    public var months: [YearMonth] { (0..<4).map { firstMonth.adding(months: $0) } }

    /// The first day of the tertial.
    public var firstDay: CivilDate { firstMonth.firstDay }

    /// The last day of the tertial.
    public var lastDay: CivilDate { lastMonth.lastDay }

    /// The tertial `tertials` tertials later (or earlier, if negative).
    public func adding(tertials: Int) -> YearTertial {
        let (year, index) = PeriodArithmetic.add(tertials, toYear: year, index: tertial - 1, periodsPerYear: 3)
        return YearTertial(year: year, tertial: index + 1)!
    }

    /// The number of tertials from `start` to `end`; positive when `end` is later.
    public static func tertials(from start: YearTertial, to end: YearTertial) -> Int {
        (end.year - start.year) * 3 + end.tertial - start.tertial
    }

    /// A Swedish label for planners, e.g. "tertial 1 2025".
    public var swedishLabel: String { "tertial \(tertial) \(year)" }

    /// Orders tertials chronologically.
    public static func < (lhs: YearTertial, rhs: YearTertial) -> Bool {
        (lhs.year, lhs.tertial) < (rhs.year, rhs.tertial)
    }

    /// The form "YYYY-Tn", e.g. "2025-T1"; also the Codable form.
    public var description: String { ASCIIDigits.padded(year, width: 4) + "-T\(tertial)" }

    /// Parses "YYYY-Tn" (the letter in either case), or returns nil.
    public static func parse(_ text: some StringProtocol) -> YearTertial? {
        guard let parts = ASCIIDigits.parseYearAndOrdinal(text, letter: "T", digits: 1) else { return nil }
        return YearTertial(year: parts.year, tertial: parts.ordinal)
    }

    /// Decodes from the string form "YYYY-Tn".
    public init(from decoder: any Decoder) throws {
        self = try PeriodArithmetic.decode(from: decoder, expected: "YYYY-Tn", parse: Self.parse)
    }

    /// Encodes as the string "YYYY-Tn".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
