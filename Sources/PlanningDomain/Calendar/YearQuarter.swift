/// A calendar quarter of a specific year: Q1 January–March, Q2 April–June, Q3 July–September,
/// Q4 October–December.
public struct YearQuarter: CalendarPeriod, Codable {
    /// The year, e.g. 2025.
    public let year: Int
    /// The quarter, 1 through 4.
    public let quarter: Int

    /// Creates a quarter, or returns nil if `quarter` is not 1...4 or the year is unsupported.
    public init?(year: Int, quarter: Int) {
        guard CivilDate.supportedYears.contains(year), (1...4).contains(quarter) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// The quarter that contains `date`.
    public init(containing date: CivilDate) {
        year = date.year
        quarter = (date.month - 1) / 3 + 1
    }

    /// The first month of the quarter.
    public var firstMonth: YearMonth { YearMonth(year: year, month: (quarter - 1) * 3 + 1)! }

    /// The last month of the quarter.
    public var lastMonth: YearMonth { YearMonth(year: year, month: quarter * 3)! }

    /// The 3 months of the quarter, in order.
    public var months: [YearMonth] { (0..<3).map { firstMonth.adding(months: $0) } }

    /// The first day of the quarter.
    public var firstDay: CivilDate { firstMonth.firstDay }

    /// The last day of the quarter.
    public var lastDay: CivilDate { lastMonth.lastDay }

    /// The quarter `quarters` quarters later (or earlier, if negative).
    public func adding(quarters: Int) -> YearQuarter {
        let (year, index) = PeriodArithmetic.add(quarters, toYear: year, index: quarter - 1, periodsPerYear: 4)
        return YearQuarter(year: year, quarter: index + 1)!
    }

    /// The number of quarters from `start` to `end`; positive when `end` is later.
    public static func quarters(from start: YearQuarter, to end: YearQuarter) -> Int {
        (end.year - start.year) * 4 + end.quarter - start.quarter
    }

    /// A Swedish label for planners, e.g. "kvartal 1 2025".
    public var swedishLabel: String { "kvartal \(quarter) \(year)" }

    /// Orders quarters chronologically.
    public static func < (lhs: YearQuarter, rhs: YearQuarter) -> Bool {
        (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
    }

    /// The form "YYYY-Qn", e.g. "2025-Q1"; also the Codable form.
    public var description: String { ASCIIDigits.padded(year, width: 4) + "-Q\(quarter)" }

    /// Parses "YYYY-Qn" (the letter in either case), or returns nil.
    public static func parse(_ text: some StringProtocol) -> YearQuarter? {
        guard let parts = ASCIIDigits.parseYearAndOrdinal(text, letter: "Q", digits: 1) else { return nil }
        return YearQuarter(year: parts.year, quarter: parts.ordinal)
    }

    /// Decodes from the string form "YYYY-Qn".
    public init(from decoder: any Decoder) throws {
        self = try PeriodArithmetic.decode(from: decoder, expected: "YYYY-Qn", parse: Self.parse)
    }

    /// Encodes as the string "YYYY-Qn".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
