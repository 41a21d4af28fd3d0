/// The chart palette: colours with at least 3:1 contrast against white (WCAG for graphics), distinguishable
/// with the common colour-vision deficiencies. Charts never rely on colour alone: lines also differ in dash
/// pattern, SPC points in shape, and every chart has a legend and a data table.
public enum ChartColour: String, Sendable, Hashable, CaseIterable {
    /// Dark blue, the default for outcome ("utfall").
    case blue
    /// Dark orange, the default for forecasts.
    case orange
    /// Green.
    case green
    /// Purple.
    case purple
    /// Teal.
    case teal
    /// Red, used for targets and concern.
    case red
    /// Grey, used for plans, neutral points and reference lines.
    case grey

    /// The CSS colour value.
    public var hex: String {
        switch self {
        case .blue: "#0b62a4"
        case .orange: "#b85300"
        case .green: "#1b7f4b"
        case .purple: "#7a4fa3"
        case .teal: "#00798c"
        case .red: "#b3261e"
        case .grey: "#5f6b76"
        }
    }

    /// The colour for the series at `index` when the caller did not choose one.
    static func automatic(_ index: Int) -> ChartColour {
        let order: [ChartColour] = [.blue, .orange, .green, .purple, .teal, .red, .grey]
        return order[index % order.count]
    }
}
