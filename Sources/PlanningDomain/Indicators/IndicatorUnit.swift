/// The unit an indicator's value is expressed in.
public enum IndicatorUnit: String, CaseIterable, Hashable, Sendable, Codable {
    /// A number of patients (referrals, people waiting, cancelled patients).
    case patients
    /// A number of performed activities: visits, operations or bed-days (prestationer).
    case activities
    /// A share between 0 and 1, shown as a percentage.
    case share
    /// A ratio that may exceed 1 (outcome vs plan, occupancy, utilisation, forecast error), shown as a percentage.
    case ratio

    /// Swedish name, for labels.
    public var swedishName: String {
        switch self {
        case .patients: "patienter"
        case .activities: "prestationer"
        case .share: "andel (%)"
        case .ratio: "kvot (%)"
        }
    }
}
