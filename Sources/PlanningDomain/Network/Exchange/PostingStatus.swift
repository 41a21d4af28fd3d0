/// Where a ``CapacityRequest`` or ``CapacityOffer`` is in its life.
///
/// ```
/// open ──accept (part)──▶ partiallyMatched ──accept (rest)──▶ matched
///  │ │                        │ │                               │
///  │ └──withdraw──▶ withdrawn ◀┘ └──────────close──▶ closed ◀────┘
///  └──(period over)──▶ expired ◀──(period over)── partiallyMatched
/// ```
/// A cancelled agreement gives its undelivered volume back, so matched can return to partiallyMatched and
/// partiallyMatched to open while the posting is still live.
public enum PostingStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// Öppen: nothing agreed yet.
    case open
    /// Delvis matchad: part of the volume is agreed.
    case partiallyMatched
    /// Matchad: the whole volume is agreed.
    case matched
    /// Stängd: closed by its owner after part or all of it was agreed.
    case closed
    /// Återkallad: withdrawn by its owner.
    case withdrawn
    /// Utgången: its period ended while volume was still unmatched.
    case expired

    /// Whether new proposals and acceptances are possible (open or partially matched).
    public var isLive: Bool { self == .open || self == .partiallyMatched }

    /// The Swedish label, e.g. "delvis matchad".
    public var swedishName: String {
        switch self {
        case .open: "öppen"
        case .partiallyMatched: "delvis matchad"
        case .matched: "matchad"
        case .closed: "stängd"
        case .withdrawn: "återkallad"
        case .expired: "utgången"
        }
    }

    /// The live status for `agreed` of `total`: open, partially matched or matched.
    static func live(agreed: Int, total: Int) -> PostingStatus {
        agreed <= 0 ? .open : (agreed >= total ? .matched : .partiallyMatched)
    }
}
