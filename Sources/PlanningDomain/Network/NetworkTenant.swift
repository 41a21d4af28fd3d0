/// A tenant of the hub: one of the 21 regions, or the agency (Socialstyrelsen) that runs the network.
///
/// The hub derives the tenant from the authenticated credential, never from a request body; the domain only
/// receives it as part of a ``NetworkActor``.
public enum NetworkTenant: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A region, by its two-digit county code (e.g. "05").
    case region(String)
    /// The agency: curators of learning examples, owner of the indicator catalogue, observer of the exchange.
    case agency

    /// The region's county code, or nil for the agency.
    public var regionCode: String? {
        switch self {
        case .region(let code): code
        case .agency: nil
        }
    }

    /// Whether this is the agency.
    public var isAgency: Bool { self == .agency }

    /// The Swedish name for messages: "Region Östergötland", or "Socialstyrelsen" for the agency.
    public var swedishName: String {
        switch self {
        case .region(let code): SwedishRegion.withCode(code)?.name ?? "region \(code)"
        case .agency: "Socialstyrelsen"
        }
    }

    /// The county code, or "agency".
    public var description: String { regionCode ?? "agency" }
}
