/// How a line is drawn, so series differ by more than colour.
public enum LinePattern: String, Sendable, Hashable {
    /// A continuous line.
    case solid
    /// Long dashes, e.g. a plan or a forecast.
    case dashed
    /// Dots, e.g. a target.
    case dotted

    /// The SVG `stroke-dasharray`, or nil for solid.
    var dashArray: String? {
        switch self {
        case .solid: nil
        case .dashed: "7 4"
        case .dotted: "2 3"
        }
    }
}
