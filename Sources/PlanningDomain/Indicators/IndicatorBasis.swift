/// Whether an indicator counts people (disclosure control suppresses small counts) or resources (exempt).
public enum IndicatorBasis: String, CaseIterable, Hashable, Sendable, Codable {
    /// Counts people, or is a rate built from counts of people: small numerators and denominators are suppressed.
    case personBased
    /// Counts resources (beds, hours): exempt from primary suppression unless the catalogue says otherwise.
    case resourceBased

    /// Swedish name, for labels.
    public var swedishName: String {
        switch self {
        case .personBased: "personbaserad"
        case .resourceBased: "resursbaserad"
        }
    }
}
