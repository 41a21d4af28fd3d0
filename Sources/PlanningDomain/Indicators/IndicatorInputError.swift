/// Why node data could not be used as indicator input. ``message`` is Swedish, for production analysts.
public enum IndicatorInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A weekly value was negative or not a finite number.
    case invalidValue(source: IndicatorDataSource, object: String, week: ISOWeek, value: Double)
    /// A completed wait ended before it started.
    case waitEndsBeforeStart(object: String, waitingSince: CivilDate, performedOn: CivilDate)

    /// A stable code, e.g. "indicator.invalid_value".
    public var code: String {
        switch self {
        case .invalidValue: "indicator.invalid_value"
        case .waitEndsBeforeStart: "indicator.wait_ends_before_start"
        }
    }

    /// A Swedish sentence naming the value, the place and the fix.
    public var message: String {
        switch self {
        case let .invalidValue(source, object, week, value):
            "Värdet \(value) för \(source.swedishName), planeringsobjekt \(object), vecka \(week.week) \(week.year) "
                + "är ogiltigt; ange ett tal som är 0 eller större."
        case let .waitEndsBeforeStart(object, since, completed):
            "En avslutad väntan för planeringsobjekt \(object) slutar \(completed) men började \(since); "
                + "rätta datumen så att väntan slutar samma dag eller senare."
        }
    }

    /// The Swedish ``message``.
    public var description: String { message }
}
