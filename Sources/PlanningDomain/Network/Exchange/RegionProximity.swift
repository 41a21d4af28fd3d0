/// How close two regions are for the capacity exchange, from closest to farthest.
///
/// Neighbours are regions with a shared land border (``SwedishRegion/landNeighbours``) plus the sea links in
/// ``seaLinks``. Gotland has no land border; it forms the sjukvårdsregion Stockholm-Gotland with Stockholm and
/// its patients already travel to Stockholm by ferry or air for specialised care, so the exchange treats
/// Stockholm and Gotland as neighbours by sea (both ways). No other sea link is assumed.
public enum RegionProximity: Int, Hashable, Sendable, Codable, Comparable, CaseIterable {
    /// The same region.
    case same = 0
    /// A neighbouring region (land border or documented sea link).
    case neighbour = 1
    /// Not a neighbour, but in the same sjukvårdsregion.
    case healthcareRegion = 2
    /// Anywhere else in the country.
    case national = 3

    /// Pairs of county codes treated as neighbours although they share no land border.
    public static let seaLinks: [(String, String)] = [("01", "09")]

    /// How close the regions with county codes `first` and `second` are, or nil if either code is unknown.
    public static func between(_ first: String, _ second: String) -> RegionProximity? {
        guard let one = SwedishRegion.withCode(first), let other = SwedishRegion.withCode(second) else { return nil }
        if one.code == other.code { return .same }
        if neighbourCodes(of: one.code).contains(other.code) { return .neighbour }
        if one.healthcareRegion == other.healthcareRegion { return .healthcareRegion }
        return .national
    }

    /// The county codes of the neighbours of `code`: land neighbours plus sea links, sorted.
    public static func neighbourCodes(of code: String) -> [String] {
        let land = SwedishRegion.withCode(code)?.landNeighbours ?? []
        let sea = seaLinks.compactMap { link -> String? in
            if link.0 == code { return link.1 }
            if link.1 == code { return link.0 }
            return nil
        }
        return Array(Set(land + sea)).sorted()
    }

    /// The Swedish label, e.g. "grannregion".
    public var swedishName: String {
        switch self {
        case .same: "samma region"
        case .neighbour: "grannregion"
        case .healthcareRegion: "samma sjukvårdsregion"
        case .national: "annan sjukvårdsregion"
        }
    }

    /// Orders closest first.
    public static func < (lhs: RegionProximity, rhs: RegionProximity) -> Bool { lhs.rawValue < rhs.rawValue }
}
