/// A closed range of ISO weeks, e.g. 2025-W10 … 2025-W22: the period of a request, offer or agreement.
public struct WeekRange: Hashable, Sendable, CustomStringConvertible {
    /// The first week (inclusive).
    public let first: ISOWeek
    /// The last week (inclusive).
    public let last: ISOWeek

    /// Creates a range, or nil when `last` is before `first`.
    public init?(first: ISOWeek, last: ISOWeek) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// A range of one week.
    public init(week: ISOWeek) {
        first = week
        last = week
    }

    /// The number of weeks in the range (at least 1).
    public var weekCount: Int { ISOWeek.weeks(from: first, to: last) + 1 }

    /// Every week of the range, in order.
    public var weeks: [ISOWeek] { (0..<weekCount).map { first.adding(weeks: $0) } }

    /// Whether `week` lies in the range.
    public func contains(_ week: ISOWeek) -> Bool { first <= week && week <= last }

    /// Whether `other` lies entirely within this range.
    public func contains(_ other: WeekRange) -> Bool { first <= other.first && other.last <= last }

    /// The weeks both ranges share, or nil when they do not meet.
    public func overlap(with other: WeekRange) -> WeekRange? {
        WeekRange(first: max(first, other.first), last: min(last, other.last))
    }

    /// "2025-W10–2025-W22", or "2025-W10" for one week.
    public var description: String { first == last ? "\(first)" : "\(first)–\(last)" }
}

extension WeekRange: Codable {
    private enum CodingKeys: String, CodingKey { case first, last }

    /// Decodes `{"first": "2025-W10", "last": "2025-W22"}`, refusing a range that ends before it starts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let first = try container.decode(ISOWeek.self, forKey: .first)
        let last = try container.decode(ISOWeek.self, forKey: .last)
        guard let range = WeekRange(first: first, last: last) else {
            throw DecodingError.dataCorruptedError(
                forKey: .last, in: container, debugDescription: "Week range ends (\(last)) before it starts (\(first))."
            )
        }
        self = range
    }

    /// Encodes as `{"first": "2025-W10", "last": "2025-W22"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(first, forKey: .first)
        try container.encode(last, forKey: .last)
    }
}
