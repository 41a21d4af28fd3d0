/// What an exchanged volume counts: the production units regions plan in.
public enum ExchangeUnit: String, CaseIterable, Hashable, Sendable, Codable {
    /// Besök (outpatient visits, including first visits).
    case visits
    /// Operationer/åtgärder (operations and other procedures).
    case operations
    /// Vårddygn (inpatient bed-days).
    case bedDays

    /// The Swedish plural, e.g. "vårddygn".
    public var swedishName: String {
        switch self {
        case .visits: "besök"
        case .operations: "operationer"
        case .bedDays: "vårddygn"
        }
    }
}
