/// How urgent a capacity request is, as the requesting region judges it.
public enum ExchangePriority: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// Hög: patients are at risk of passing their medical target date or the care guarantee.
    case high
    /// Normal.
    case normal
    /// Låg: would help, can wait.
    case low

    /// The Swedish label ("hög", "normal", "låg").
    public var swedishName: String {
        switch self {
        case .high: "hög"
        case .normal: "normal"
        case .low: "låg"
        }
    }

    /// Orders most urgent first: high < normal < low.
    public static func < (lhs: ExchangePriority, rhs: ExchangePriority) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .high: 0
        case .normal: 1
        case .low: 2
        }
    }
}
