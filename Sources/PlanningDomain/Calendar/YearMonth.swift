/// A calendar month of a specific year, such as March 2025 ("2025-03").
public struct YearMonth: CalendarPeriod, Codable {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1 (January) through 12 (December).
    public let month: Int

    /// Creates a month, or returns nil if `month` is not 1...12 or the year is unsupported.
    public init?(year: Int, month: Int) {
        guard CivilDate.supportedYears.contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month that contains `date`.
    public init(containing date: CivilDate) {
        year = date.year
        month = date.month
    }

    /// The first day of the month.
    public var firstDay: CivilDate { CivilDate(unchecked: year, month, 1) }

    /// The last day of the month.
    public var lastDay: CivilDate { CivilDate(unchecked: year, month, CivilDate.daysIn(month: month, year: year)) }

    /// The quarter the month belongs to.
    public var quarter: YearQuarter { YearQuarter(containing: firstDay) }

    /// The tertial the month belongs to.
    public var tertial: YearTertial { YearTertial(containing: firstDay) }

    /// The month `months` months later (or earlier, if negative).
    public func adding(months: Int) -> YearMonth {
        let (year, monthIndex) = PeriodArithmetic.add(months, toYear: year, index: month - 1, periodsPerYear: 12)
        return YearMonth(unchecked: year, monthIndex + 1)
    }

    /// The number of months from `start` to `end`; positive when `end` is later.
    public static func months(from start: YearMonth, to end: YearMonth) -> Int {
        (end.year - start.year) * 12 + end.month - start.month
    }

    /// The lower-case Swedish name of the month, e.g. "mars".
    public var swedishMonthName: String { Self.swedishMonthNames[month - 1] }

    /// A Swedish label for planners, e.g. "mars 2025".
    public var swedishLabel: String { "\(swedishMonthName) \(year)" }

    /// Orders months chronologically.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// The form "YYYY-MM", e.g. "2025-03"; also the Codable form.
    public var description: String {
        ASCIIDigits.padded(year, width: 4) + "-" + ASCIIDigits.padded(month, width: 2)
    }

    /// Parses "YYYY-MM" exactly, or returns nil.
    public static func parse(_ text: some StringProtocol) -> YearMonth? {
        guard let parts = ASCIIDigits.parseYearAndOrdinal(text, letter: nil, digits: 2) else { return nil }
        return YearMonth(year: parts.year, month: parts.ordinal)
    }

    /// Decodes from the string form "YYYY-MM".
    public init(from decoder: any Decoder) throws {
        self = try PeriodArithmetic.decode(from: decoder, expected: "YYYY-MM", parse: Self.parse)
    }

    /// Encodes as the string "YYYY-MM".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    private static let swedishMonthNames = [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ]
}
