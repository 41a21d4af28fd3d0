/// How an SPC point is classified ("Making Data Count"): a special cause that is good or bad news given the
/// indicator's direction of improvement, or common-cause variation.
public enum SPCPointKind: String, Sendable, Hashable, CaseIterable {
    /// Special cause in the direction of improvement.
    case improvement
    /// Special cause against the direction of improvement.
    case concern
    /// Common-cause variation (or a special cause where no direction is defined).
    case neutral

    /// The Swedish name used in the legend and the data table.
    public var swedishName: String {
        switch self {
        case .improvement: "Särskild orsak – förbättring"
        case .concern: "Särskild orsak – försämring"
        case .neutral: "Normal variation"
        }
    }

    var marker: SPCMarker {
        switch self {
        case .improvement: .diamond
        case .concern: .triangle
        case .neutral: .circle
        }
    }
}
