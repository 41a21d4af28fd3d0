/// Which way an indicator improves; decides ranks, trend assessments and SPC colouring.
public enum ImprovementDirection: String, CaseIterable, Hashable, Sendable, Codable {
    /// A higher value is better.
    case higherIsBetter
    /// A lower value is better.
    case lowerIsBetter
    /// Neither way is better in itself (volumes such as inflow).
    case neutral

    /// Swedish name, for labels.
    public var swedishName: String {
        switch self {
        case .higherIsBetter: "högre är bättre"
        case .lowerIsBetter: "lägre är bättre"
        case .neutral: "neutral"
        }
    }
}
