/// Why a text could not be read as an ``ISOWeek``.
public enum ISOWeekParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not in any accepted week format (see ``ISOWeek/parse(_:)``).
    case malformed
    /// The text is well formed, but the week does not exist in that ISO week-year, e.g. 2025-W53 or 2024-W00.
    case weekOutOfRange(year: Int, week: Int, weeksInYear: Int)

    /// A sentence for developers and logs, e.g. "Week 54 does not exist: 2025 has 52 ISO weeks."
    public var description: String {
        switch self {
        case .malformed:
            "Not an ISO week; expected a form such as 2025-W07."
        case let .weekOutOfRange(year, week, weeksInYear):
            "Week \(week) does not exist: \(year) has \(weeksInYear) ISO weeks."
        }
    }
}
