/// How far a request or offer reaches: which regions may see it and answer.
///
/// The radii nest: a neighbouring region is always within ``healthcareRegion`` reach, even when it belongs to
/// another sjukvårdsregion (Östergötland borders Sörmland in Mellansverige), because asking next door is the
/// first step of the escalation and should never be hidden by a wider choice.
public enum ExchangeRadius: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// Grannregioner: regions sharing a land border (plus the documented sea link Gotland–Stockholm).
    case neighbours
    /// Samma sjukvårdsregion, plus neighbours.
    case healthcareRegion
    /// Hela landet.
    case national

    /// The Swedish label, e.g. "samma sjukvårdsregion".
    public var swedishName: String {
        switch self {
        case .neighbours: "grannregioner"
        case .healthcareRegion: "samma sjukvårdsregion"
        case .national: "hela landet"
        }
    }

    /// Orders from narrowest to widest.
    public static func < (lhs: ExchangeRadius, rhs: ExchangeRadius) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .neighbours: 0
        case .healthcareRegion: 1
        case .national: 2
        }
    }

    /// Whether a region at `proximity` from the poster is within this radius.
    public func reaches(_ proximity: RegionProximity) -> Bool {
        switch proximity {
        case .same, .neighbour: true
        case .healthcareRegion: self != .neighbours
        case .national: self == .national
        }
    }
}
