/// Which way is better for an indicator: decides whether a special cause is an improvement or a concern.
public enum SPCDirection: String, CaseIterable, Sendable, Codable {
    /// Higher values are better (e.g. operations performed, share treated within 90 days).
    case higherIsBetter
    /// Lower values are better (e.g. number waiting over 90 days, cancellations).
    case lowerIsBetter
    /// Neither side is better (e.g. inflow): special causes are flagged but not judged.
    case neutral

    /// Swedish label for planners.
    public var swedishName: String {
        switch self {
        case .higherIsBetter: "högre är bättre"
        case .lowerIsBetter: "lägre är bättre"
        case .neutral: "neutral riktning"
        }
    }
}
