/// A day of the week, numbered as in ISO 8601: Monday is 1 and Sunday is 7.
public enum Weekday: Int, CaseIterable, Hashable, Sendable, Codable {
    /// Monday (måndag), ISO day 1.
    case monday = 1
    /// Tuesday (tisdag), ISO day 2.
    case tuesday
    /// Wednesday (onsdag), ISO day 3.
    case wednesday
    /// Thursday (torsdag), ISO day 4. The Thursday decides which year, month and week a week belongs to.
    case thursday
    /// Friday (fredag), ISO day 5.
    case friday
    /// Saturday (lördag), ISO day 6.
    case saturday
    /// Sunday (söndag), ISO day 7.
    case sunday

    /// The lower-case Swedish name, e.g. "måndag".
    public var swedishName: String {
        switch self {
        case .monday: "måndag"
        case .tuesday: "tisdag"
        case .wednesday: "onsdag"
        case .thursday: "torsdag"
        case .friday: "fredag"
        case .saturday: "lördag"
        case .sunday: "söndag"
        }
    }

    /// Whether the day is Saturday or Sunday.
    public var isWeekend: Bool {
        self == .saturday || self == .sunday
    }
}
