/// The "Making Data Count" special-cause rules, in precedence order: a lower raw value wins when several rules
/// flag the same point.
public enum SPCRule: Int, CaseIterable, Comparable, Sendable, Codable {
    /// A single point above the upper or below the lower process limit.
    case outsideLimits = 1
    /// A run of N points each rising (or each falling) from the previous one (N = 7 by default).
    case trend = 2
    /// Two of three consecutive points beyond the 2σ line ("2/3 of the way" to the limit) on the same side.
    case twoOfThreeBeyondTwoSigma = 3
    /// A run of N points on the same side of the mean (N = 6 or 7).
    case shift = 4

    /// Swedish description for planners.
    public var swedishName: String {
        switch self {
        case .outsideLimits: "punkt utanför styrgränserna"
        case .trend: "trend (stigande eller sjunkande i följd)"
        case .twoOfThreeBeyondTwoSigma: "två av tre punkter nära styrgränsen"
        case .shift: "skift (följd av punkter på samma sida om medelvärdet)"
        }
    }

    /// Orders by precedence (outside limits first).
    public static func < (lhs: SPCRule, rhs: SPCRule) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The side of the mean a special cause points to.
public enum SPCSide: String, CaseIterable, Sendable, Codable {
    /// Above the mean, or a rising trend.
    case high
    /// Below the mean, or a falling trend.
    case low
}

/// One special-cause rule that flagged a point, and the side it points to.
public struct SPCSignal: Hashable, Sendable, Codable {
    /// The rule.
    public var rule: SPCRule
    /// The side (high for points above the mean and rising trends).
    public var side: SPCSide

    /// Creates a signal.
    public init(rule: SPCRule, side: SPCSide) {
        self.rule = rule
        self.side = side
    }
}
