// Shared arithmetic and decoding for the year-based period types (YearMonth, YearQuarter, YearTertial).
enum PeriodArithmetic {
    /// Adds `count` periods to the zero-based period `index` of `year`, carrying into years with floor division.
    static func add(_ count: Int, toYear year: Int, index: Int, periodsPerYear: Int) -> (year: Int, index: Int) {
        let total = year * periodsPerYear + index + count
        let quotient = total / periodsPerYear
        let remainder = total % periodsPerYear
        return remainder < 0 ? (quotient - 1, remainder + periodsPerYear) : (quotient, remainder)
    }

    /// Decodes a period from a single string, with an error naming the expected form.
    static func decode<Period>(
        from decoder: any Decoder,
        expected: String,
        parse: (String) -> Period?
    ) throws -> Period {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = parse(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected \(expected), got \"\(text)\".")
        }
        return period
    }
}
