/// Why a week is a low-production week (a week with planned reduced production, "lågproduktionsvecka").
public enum LowProductionReason: String, CaseIterable, Hashable, Sendable, Codable {
    /// Summer holidays ("sommar").
    case summer
    /// Christmas and New Year ("jul och nyår").
    case christmasAndNewYear
    /// Easter ("påsk").
    case easter
    /// The school winter sports break ("sportlov"), whose week differs by region.
    case winterBreak
    /// Any other reason, e.g. a locally decided week ("annan").
    case other

    /// The Swedish name shown to planners, e.g. "jul och nyår".
    public var swedishName: String {
        switch self {
        case .summer: "sommar"
        case .christmasAndNewYear: "jul och nyår"
        case .easter: "påsk"
        case .winterBreak: "sportlov"
        case .other: "annan"
        }
    }
}
