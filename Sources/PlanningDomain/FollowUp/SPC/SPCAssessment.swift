/// How one point of an XmR chart is read: common cause, or a special cause judged by the indicator's direction.
public enum SPCAssessment: String, CaseIterable, Sendable, Codable {
    /// No rule flagged the point: common-cause (random) variation.
    case commonCause
    /// A special cause on the better side.
    case improvement
    /// A special cause on the worse side.
    case concern
    /// A special cause on an indicator without a better side.
    case neutral

    /// The assessment of a special cause on `side` for an indicator with `direction`.
    public static func of(side: SPCSide, direction: SPCDirection) -> SPCAssessment {
        switch (direction, side) {
        case (.neutral, _): .neutral
        case (.higherIsBetter, .high), (.lowerIsBetter, .low): .improvement
        case (.higherIsBetter, .low), (.lowerIsBetter, .high): .concern
        }
    }

    /// Swedish label for planners.
    public var swedishName: String {
        switch self {
        case .commonCause: "slumpmässig variation"
        case .improvement: "särskild orsak – förbättring"
        case .concern: "särskild orsak – försämring"
        case .neutral: "särskild orsak"
        }
    }
}

/// The "Making Data Count" variation icon: a one-glance summary of the latest point of a chart.
public enum SPCVariationIcon: String, CaseIterable, Sendable, Codable {
    /// The latest point shows common-cause variation only.
    case commonCause
    /// Special cause, improvement, high side (higher is better).
    case improvementHigh
    /// Special cause, improvement, low side (lower is better).
    case improvementLow
    /// Special cause, concern, high side (lower is better).
    case concernHigh
    /// Special cause, concern, low side (higher is better).
    case concernLow
    /// Special cause on the high side of a neutral indicator.
    case neutralHigh
    /// Special cause on the low side of a neutral indicator.
    case neutralLow

    /// The icon for a point with `assessment`, flagged on `side` (nil for common cause).
    public init(assessment: SPCAssessment, side: SPCSide?) {
        switch (assessment, side) {
        case (.commonCause, _), (_, nil): self = .commonCause
        case (.improvement, .high): self = .improvementHigh
        case (.improvement, .low): self = .improvementLow
        case (.concern, .high): self = .concernHigh
        case (.concern, .low): self = .concernLow
        case (.neutral, .high): self = .neutralHigh
        case (.neutral, .low): self = .neutralLow
        }
    }

    /// Swedish label for planners.
    public var swedishName: String {
        switch self {
        case .commonCause: "Slumpmässig variation"
        case .improvementHigh: "Särskild orsak – förbättring (högre värden)"
        case .improvementLow: "Särskild orsak – förbättring (lägre värden)"
        case .concernHigh: "Särskild orsak – försämring (högre värden)"
        case .concernLow: "Särskild orsak – försämring (lägre värden)"
        case .neutralHigh: "Särskild orsak (högre värden)"
        case .neutralLow: "Särskild orsak (lägre värden)"
        }
    }
}
